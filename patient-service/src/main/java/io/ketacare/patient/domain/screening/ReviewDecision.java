package io.ketacare.patient.domain.screening;

/** What a clinician review may decide. */
public enum ReviewDecision {
    ELIGIBLE, INELIGIBLE
}
