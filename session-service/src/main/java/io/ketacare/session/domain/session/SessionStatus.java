package io.ketacare.session.domain.session;

/** States of a treatment session. */
public enum SessionStatus {
    SCHEDULED,
    CHECKED_IN,
    READY_TO_DOSE,
    DOSING,
    MONITORING,
    DISCHARGED,
    CANCELLED,
    NO_SHOW,
    ABORTED;

    /** A state the session never leaves. */
    public boolean isFinal() {
        return this == DISCHARGED || this == CANCELLED || this == NO_SHOW || this == ABORTED;
    }
}
