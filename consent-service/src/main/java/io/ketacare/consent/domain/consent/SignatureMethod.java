package io.ketacare.consent.domain.consent;

/** How the patient's signature was obtained. */
public enum SignatureMethod {
    /** The patient signed with their own patient token. */
    PATIENT_SELF,
    /** A clinician captured the patient's signature in person and attests to it. */
    CAPTURED_BY_CLINICIAN
}
