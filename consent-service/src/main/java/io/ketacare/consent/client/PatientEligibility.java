package io.ketacare.consent.client;

import io.ketacare.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one client bean for patient-service: asks the patient's eligibility at this moment, with a
 * timeout and a circuit breaker. Any failure is a 503 with Retry-After: never a guessed answer.
 */
@ApplicationScoped
public class PatientEligibility {

    static final String DEPENDENCY = "patient-service";
    static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(PatientEligibility.class);

    @Inject
    @RestClient
    PatientServiceApi api;

    @Inject
    PatientEligibility self;

    /** The current answer, or a 503 problem when patient-service cannot give one. */
    public EligibilityAnswer current(UUID patientId) {
        try {
            return self.ask(patientId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return new EligibilityAnswer("UNKNOWN_PATIENT", List.of(new EligibilityAnswer.Reason("PATIENT_NOT_FOUND",
                        "patient-service has no patient " + patientId)));
            }
            LOG.warnf("patient-service answered %d for the eligibility of %s", e.getResponse().getStatus(), patientId);
            throw ProblemException.dependencyUnavailable(DEPENDENCY, RETRY_AFTER_SECONDS);
        } catch (RuntimeException e) {
            LOG.warnf("patient-service unavailable for the eligibility of %s: %s", patientId, e.toString());
            throw ProblemException.dependencyUnavailable(DEPENDENCY, RETRY_AFTER_SECONDS);
        }
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = NotFound.class)
    public EligibilityAnswer ask(UUID patientId) {
        try {
            return api.eligibility(patientId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFound(e);
            }
            throw e;
        }
    }

    /** A 404 is an answer (no such patient), not a failure of the dependency. */
    static class NotFound extends WebApplicationException {
        NotFound(WebApplicationException cause) {
            super(cause, cause.getResponse());
        }
    }
}
