package io.ketacare.patient.domain.record;

/** Drug classes; the first six are the ones that matter for interactions with ketamine. */
public enum MedicationClass {
    MAOI,
    PSYCHOSTIMULANT,
    BENZODIAZEPINE,
    OPIOID,
    OTHER_CNS_DEPRESSANT,
    LAMOTRIGINE,
    ANTIDEPRESSANT,
    ANTIPSYCHOTIC,
    MOOD_STABILIZER,
    ANTIHYPERTENSIVE,
    OTHER
}
