package io.ketacare.patient.domain.assessment;

/** Flags on a scored assessment: two safety flags set at scoring, one progress flag derived from the history. */
public enum Flag {
    /** PHQ-9 item 9 above 0. */
    SUICIDAL_IDEATION,
    /** C-SSRS screen at HIGH risk. */
    SUICIDE_RISK_HIGH,
    /** PHQ-9 rose by the relapse rise or more from its best score since response. */
    RELAPSE_SIGNAL
}
