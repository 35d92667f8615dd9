package io.ketacare.patient.domain.screening;

/** Whether a rule's criterion was found, or could not be checked (which never passes). */
public enum Determination {
    PRESENT, UNKNOWN
}
