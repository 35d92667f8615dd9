package io.ketacare.session.client;

import io.ketacare.platform.problem.ProblemException;
import io.ketacare.session.domain.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one client bean for consent-service: the treatment authorization at this moment and the
 * plan, with a timeout and a circuit breaker. Unreachable, slow or failing is a 503 with
 * Retry-After: never a pass on doubt.
 */
@ApplicationScoped
public class ConsentService {

    static final String DEPENDENCY = "consent-service";
    static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(ConsentService.class);

    @Inject
    @RestClient
    ConsentServiceApi api;

    @Inject
    ConsentService self;

    /** The authorization now, or a 503 problem when consent-service cannot give it. */
    public AuthorizationAnswer authorization(UUID patientId, Route route) {
        try {
            return self.askAuthorization(patientId, route);
        } catch (RuntimeException e) {
            LOG.warnf("consent-service could not answer the treatment authorization of %s: %s", patientId, e.toString());
            throw ProblemException.dependencyUnavailable(DEPENDENCY, RETRY_AFTER_SECONDS);
        }
    }

    /** The plan, empty when consent-service has none with this id (or the caller may not see it); 503 when it cannot answer. */
    public Optional<PlanAnswer> plan(UUID planId) {
        try {
            return Optional.of(self.askPlan(planId));
        } catch (NotFound e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warnf("consent-service could not answer plan %s: %s", planId, e.toString());
            throw ProblemException.dependencyUnavailable(DEPENDENCY, RETRY_AFTER_SECONDS);
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public AuthorizationAnswer askAuthorization(UUID patientId, Route route) {
        return api.authorization(patientId, route.name());
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = NotFound.class)
    public PlanAnswer askPlan(UUID planId) {
        try {
            return api.plan(planId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFound(e);
            }
            throw e;
        }
    }

    /** A 404 is an answer (no such plan), not a failure of the dependency. */
    static class NotFound extends WebApplicationException {
        NotFound(WebApplicationException cause) {
            super(cause, cause.getResponse());
        }
    }
}
