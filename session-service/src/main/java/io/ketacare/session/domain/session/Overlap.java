package io.ketacare.session.domain.session;

import java.time.Instant;
import java.util.UUID;

/** An existing booking that overlaps an asked slot, on the same room or the same patient. */
public record Overlap(UUID sessionId, UUID roomId, UUID patientId, Instant start, Instant end) {
}
