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

    /**
     * The patient a list is limited to. Staff get what they asked for ({@code null}: every patient); a patient
     * gets their own record whether or not they name it, and 404 for another one or with a token linked to none.
     */
    public UUID listScope(UUID requested) {
        if (!caller.isPatientOnly()) {
            return requested;
        }
        UUID own = requested != null ? requested : caller.linkedPatientId().orElseThrow(() -> ProblemException.notFound("Patient"));
        requireAccessTo(own);
        return own;
    }
}
