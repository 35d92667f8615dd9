package io.ketacare.session.domain.rems;

/** Where a REMS patient-monitoring form stands against its due date. */
public enum RemsStatus {
    DUE,
    OVERDUE,
    SUBMITTED
}
