package io.ketacare.session.domain.followup;

/** Appointments around the treatment sessions. */
public enum FollowUpKind {
    INTEGRATION,
    FOLLOW_UP,
    RELAPSE_CHECK
}
