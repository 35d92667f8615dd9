package io.ketacare.gateway.client.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A consent as consent-service publishes it (schema {@code Consent}): its state now and whether it is current. */
public record ConsentRecord(UUID id, UUID patientId, String documentCode, int documentVersion, List<String> routes, String status,
        boolean current, String presentedBy, Instant presentedAt, String witnessedBy, Instant activatedAt, Instant expiresAt,
        String withdrawnBy, Instant withdrawnAt, String withdrawalReason) {

    public static final String ACTIVE = "ACTIVE";

    public List<String> routesOrEmpty() {
        return routes == null ? List.of() : routes;
    }

    /** ACTIVE and current: what a plan activation and a check-in rely on. */
    public boolean inForce() {
        return ACTIVE.equals(status) && current;
    }
}
