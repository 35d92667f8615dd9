package io.ketacare.patient.domain.screening;

/** What a rule does when it fires: an absolute contraindication, or a reason for clinician review. */
public enum RuleEffect {
    INELIGIBLE, NEEDS_REVIEW
}
