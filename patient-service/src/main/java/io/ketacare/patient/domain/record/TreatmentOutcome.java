package io.ketacare.patient.domain.record;

/** How a prior treatment ended. */
public enum TreatmentOutcome {
    REMISSION, RESPONSE, PARTIAL_RESPONSE, NO_RESPONSE, NOT_TOLERATED, UNKNOWN;

    /** A trial that did not bring response or remission. */
    public boolean isFailure() {
        return this == PARTIAL_RESPONSE || this == NO_RESPONSE;
    }
}
