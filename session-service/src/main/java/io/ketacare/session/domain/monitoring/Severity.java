package io.ketacare.session.domain.monitoring;

/** Severity of an adverse event. */
public enum Severity {
    MILD,
    MODERATE,
    SEVERE,
    LIFE_THREATENING;

    /** Severe events keep the patient from being discharged while they are open. */
    public boolean isSevere() {
        return this == SEVERE || this == LIFE_THREATENING;
    }
}
