package io.ketacare.session.domain.monitoring;

/** Where a vitals reading came from. */
public enum ReadingSource {
    MANUAL,
    DEVICE
}
