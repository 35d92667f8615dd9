package io.ketacare.patient.domain.record;

/** Kinds of prior treatment. */
public enum TreatmentType {
    ANTIDEPRESSANT_TRIAL, PSYCHOTHERAPY, ECT, TMS, OTHER
}
