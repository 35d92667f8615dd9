package io.ketacare.session.domain.room;

/** Monitoring and safety equipment present in a room. */
public enum Equipment {
    PULSE_OXIMETER,
    BLOOD_PRESSURE_MONITOR,
    CARDIAC_MONITOR,
    OXYGEN,
    SUCTION,
    RESUSCITATION_KIT,
    INFUSION_PUMP
}
