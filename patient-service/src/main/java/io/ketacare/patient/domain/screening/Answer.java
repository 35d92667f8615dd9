package io.ketacare.patient.domain.screening;

/** A contraindication question's answer. UNKNOWN never passes: it sends the screening to clinician review. */
public enum Answer {
    YES, NO, UNKNOWN
}
