package io.ketacare.gateway.client;

import static io.ketacare.gateway.routing.Service.CONSENT;

import io.ketacare.gateway.client.consent.AuthorizationRecord;
import io.ketacare.gateway.client.consent.ConsentRecord;
import io.ketacare.gateway.client.consent.PlanRecord;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Reads of consent-service: consents, treatment plans and the treatment authorization per route. */
@Singleton
public class ConsentServiceClient {

    /** The routes consent-service knows (schema {@code Route}). */
    public static final List<String> ROUTES = List.of("IV", "IM", "ORAL_LOZENGE", "INTRANASAL");

    private final ServiceCalls calls;

    public ConsentServiceClient(ServiceCalls calls) {
        this.calls = calls;
    }

    /** Every consent, newest first, each with its state now. */
    public Future<List<ConsentRecord>> consents(UUID patientId, CallerContext caller) {
        return calls.all(CONSENT, "/api/v1/patients/" + patientId + "/consents", caller, ConsentRecord.class);
    }

    public Future<AuthorizationRecord> authorization(UUID patientId, String route, CallerContext caller) {
        return calls.get(CONSENT, "/api/v1/patients/" + patientId + "/treatment-authorization?route=" + route, caller,
                AuthorizationRecord.class);
    }

    public Future<PlanRecord> plan(UUID planId, CallerContext caller) {
        return calls.get(CONSENT, "/api/v1/treatment-plans/" + planId, caller, PlanRecord.class);
    }

    /**
     * The patient's ACTIVE plans, one per route at most. consent-service publishes no list of a
     * patient's plans, so each route's treatment authorization is asked which ACTIVE plan it found.
     */
    public Future<List<PlanRecord>> activePlans(UUID patientId, CallerContext caller) {
        List<Future<AuthorizationRecord>> answers = ROUTES.stream().map(route -> authorization(patientId, route, caller)).toList();
        return Future.all(answers).compose(all -> {
            List<UUID> planIds = answers.stream().map(answer -> answer.result().planId()).filter(Objects::nonNull).distinct().toList();
            List<Future<PlanRecord>> plans = planIds.stream().map(id -> plan(id, caller)).toList();
            return Future.all(plans).map(done -> plans.stream().map(Future::result).toList());
        });
    }
}
