package io.ketacare.platform.security;

/** Realm roles of the ketacare realm. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String CLINICIAN = "clinician";
    public static final String NURSE = "nurse";
    public static final String SCHEDULER = "scheduler";
    public static final String PATIENT = "patient";
    public static final String INTEGRATOR = "integrator";

    /** The claim of a patient token that links it to exactly one patient record. */
    public static final String PATIENT_ID_CLAIM = "patient_id";

    private Roles() {
    }
}
