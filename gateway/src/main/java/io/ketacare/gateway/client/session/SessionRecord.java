package io.ketacare.gateway.client.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A booked treatment session as session-service publishes it (schema {@code Session}), with its dose and alerts. */
public record SessionRecord(UUID id, UUID patientId, UUID planId, UUID roomId, String route, String status,
        String authorizationStatus, Instant start, Instant end, int durationMinutes, UUID seriesId, int protocolVersion,
        UUID consentId, Integer planVersion, Instant checkedInAt, Dose dose, List<Alert> alerts, Instant dischargedAt,
        Instant endedAt, String endReason, String bookedBy, Instant bookedAt, long version) {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String DISCHARGED = "DISCHARGED";
    private static final Set<String> ENDED_WITHOUT_TREATMENT = Set.of("CANCELLED", "NO_SHOW", "ABORTED");

    /** The dose given (schema {@code DoseGiven}). */
    public record Dose(String route, BigDecimal doseMg, BigDecimal mgPerKg, BigDecimal weightKg, String lotNumber, Integer devices,
            Instant startedAt, Instant endedAt, UUID planId, int planVersion, UUID consentId, String givenBy) {
    }

    /** An alert raised by a reading beyond the protocol's alert limits (schema {@code SessionAlert}). */
    public record Alert(UUID id, String kind, String message, UUID readingId, Instant raisedAt) {
    }

    public List<Alert> alertsOrEmpty() {
        return alerts == null ? List.of() : alerts;
    }

    public boolean endedWithoutTreatment() {
        return ENDED_WITHOUT_TREATMENT.contains(status);
    }

    /** Checked in at some point: it has a monitoring record. */
    public boolean began() {
        return checkedInAt != null;
    }

    /** Neither discharged nor ended: booked or under way. */
    public boolean open() {
        return !DISCHARGED.equals(status) && !endedWithoutTreatment();
    }
}
