package io.ketacare.gateway.client.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * consent-service's answer to "may this patient be treated by this route now" (schema
 * {@code TreatmentAuthorization}); {@code planId} names the ACTIVE plan for the route, if any.
 */
public record AuthorizationRecord(UUID patientId, String route, boolean authorized, List<Criterion> reasons, UUID consentId,
        UUID planId, Integer planVersion, Instant evaluatedAt) {

    /** One unmet prerequisite. */
    public record Criterion(String code, String message) {
    }

    public List<Criterion> reasonsOrEmpty() {
        return reasons == null ? List.of() : reasons;
    }
}
