package io.ketacare.gateway.client.session;

import java.time.Instant;
import java.util.UUID;

/** An adverse event recorded during a session (schema {@code AdverseEvent}). */
public record AdverseEventRecord(UUID id, UUID sessionId, UUID patientId, String type, String severity, String description,
        String actionTaken, String outcome, Instant onsetAt, Instant resolvedAt, String outcomeNote, String recordedBy, long version) {
}
