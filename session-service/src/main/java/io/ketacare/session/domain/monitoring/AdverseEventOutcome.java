package io.ketacare.session.domain.monitoring;

/** Outcome of an adverse event; only ONGOING is open. */
public enum AdverseEventOutcome {
    ONGOING,
    RESOLVED,
    RESOLVED_WITH_SEQUELAE,
    TRANSFERRED_TO_EMERGENCY_CARE
}
