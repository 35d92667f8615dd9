package io.ketacare.platform.security;

import io.ketacare.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Object-level access to patient data. Staff roles reach every record their role allows; a patient
 * reaches only the record their token is linked to and gets 404 for any other, so that the existence
 * of other patients' records is not disclosed.
 */
@RequestScoped
public class PatientAccess {

    @Inject
    Caller caller;

    public void requireAccessTo(UUID patientId) {
        if (caller.isPatientOnly() && !caller.linkedPatientId().map(patientId::equals).orElse(false)) {
            throw ProblemException.notFound("Patient " + patientId);
        }
    }
}
