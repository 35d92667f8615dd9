package io.ketacare.patient.domain.screening;

/** The outcome of a screening. */
public enum Outcome {
    ELIGIBLE, INELIGIBLE, NEEDS_REVIEW
}
