package io.ketacare.patient.domain;

/** Administrative sex, as FHIR's administrative-gender. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
