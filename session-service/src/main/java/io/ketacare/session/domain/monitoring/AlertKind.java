package io.ketacare.session.domain.monitoring;

/** Alerts raised by readings beyond the protocol's alert limits. */
public enum AlertKind {
    BLOOD_PRESSURE_CRITICAL,
    BLOOD_PRESSURE_HIGH_REPEATED,
    HEART_RATE_HIGH,
    OXYGEN_SATURATION_LOW,
    DEEP_SEDATION,
    MISSED_VITALS,
    SESSION_NOT_CLOSED
}
