package io.ketacare.session.domain.monitoring;

/** Kinds of adverse events seen during ketamine sessions. */
public enum AdverseEventType {
    HYPERTENSION,
    TACHYCARDIA,
    DESATURATION,
    RESPIRATORY_DEPRESSION,
    EXCESSIVE_SEDATION,
    DISSOCIATION,
    NAUSEA,
    VOMITING,
    ANXIETY,
    HEADACHE,
    DIZZINESS,
    ALLERGIC_REACTION,
    OTHER
}
