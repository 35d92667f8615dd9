package io.ketacare.gateway.client.session;

import java.time.Instant;
import java.util.UUID;

/** A sedation (MOAA/S) or dissociation (CADSS) score of a session (schema {@code SessionScore}). */
public record ScoreRecord(UUID id, UUID sessionId, UUID patientId, String instrument, int score, Instant measuredAt, String recordedBy) {
}
