package io.ketacare.patient.domain.record;

/** Clinical status of a condition. A mistaken entry is marked ENTERED_IN_ERROR, never deleted. */
public enum ConditionStatus {
    ACTIVE, IN_REMISSION, RESOLVED, ENTERED_IN_ERROR;

    /** Whether the entry is part of the record at all (history included). */
    public boolean isRecorded() {
        return this != ENTERED_IN_ERROR;
    }
}
