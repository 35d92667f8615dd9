package io.ketacare.session.domain.session;

/** What is known of the patient's treatment authorization for a session. */
public enum AuthorizationStatus {
    /** Not asked yet: consent-service is asked at check-in and before the dose. */
    UNVERIFIED,
    /** consent-service authorized the treatment at check-in. */
    AUTHORIZED,
    /** A consent was withdrawn or expired, or the plan paused, cancelled or completed since booking. */
    AUTHORIZATION_LOST
}
