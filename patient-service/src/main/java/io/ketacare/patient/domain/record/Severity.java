package io.ketacare.patient.domain.record;

/** Severity of a condition, in increasing order (hepatic impairment: Child-Pugh A, B, C). */
public enum Severity {
    MILD, MODERATE, SEVERE
}
