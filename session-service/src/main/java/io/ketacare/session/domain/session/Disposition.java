package io.ketacare.session.domain.session;

/** Where a patient went when a dosed session ended without the discharge criteria (decided by a clinician). */
public enum Disposition {
    TRANSFERRED_TO_EMERGENCY_CARE,
    ADMITTED_TO_HOSPITAL,
    LEFT_AGAINST_MEDICAL_ADVICE,
    DISCHARGED_BY_CLINICIAN,
    OTHER
}
