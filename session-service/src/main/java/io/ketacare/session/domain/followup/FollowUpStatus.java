package io.ketacare.session.domain.followup;

/** States of a follow-up appointment. */
public enum FollowUpStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED
}
