package io.ketacare.patient.domain.record;

/** A current medication is ACTIVE; a stopped one stays on the record, a mistaken one is ENTERED_IN_ERROR. */
public enum MedicationStatus {
    ACTIVE, STOPPED, ENTERED_IN_ERROR
}
