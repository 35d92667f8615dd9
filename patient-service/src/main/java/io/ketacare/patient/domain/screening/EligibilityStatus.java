package io.ketacare.patient.domain.screening;

/** The patient's current eligibility. Only ELIGIBLE allows treatment; NOT_SCREENED and NEEDS_REVIEW do not. */
public enum EligibilityStatus {
    ELIGIBLE, INELIGIBLE, NEEDS_REVIEW, NOT_SCREENED
}
