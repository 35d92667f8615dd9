package io.ketacare.session.domain.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Severity of an adverse event. */
@Schema(name = "AdverseEventSeverity", description = "Severity of an adverse event; an open SEVERE or LIFE_THREATENING one blocks discharge")
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
