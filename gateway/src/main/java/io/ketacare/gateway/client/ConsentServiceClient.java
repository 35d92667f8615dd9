package io.ketacare.gateway.client;

import static io.ketacare.gateway.routing.Service.CONSENT;

import io.ketacare.gateway.client.consent.ConsentRecord;
import io.ketacare.gateway.client.consent.PlanRecord;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** Reads of consent-service: a patient's consents and treatment plans. */
@Singleton
public class ConsentServiceClient {

    private final ServiceCalls calls;

    public ConsentServiceClient(ServiceCalls calls) {
        this.calls = calls;
    }

    /** Every consent, newest first, each with its state now. */
    public Future<List<ConsentRecord>> consents(UUID patientId, CallerContext caller) {
        return calls.all(CONSENT, "/api/v1/patients/" + patientId + "/consents", caller, ConsentRecord.class);
    }

    /** Every treatment plan of the patient in every status, newest drafted first, each at its current version. */
    public Future<List<PlanRecord>> plans(UUID patientId, CallerContext caller) {
        return calls.all(CONSENT, "/api/v1/patients/" + patientId + "/treatment-plans", caller, PlanRecord.class);
    }
}
