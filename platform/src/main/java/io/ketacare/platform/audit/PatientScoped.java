package io.ketacare.platform.audit;

import java.util.UUID;

/** A response body about one patient: the audit trail files the access under that patient. */
public interface PatientScoped {
    UUID patientId();
}
