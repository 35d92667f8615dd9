package io.ketacare.session.domain.session;

import io.ketacare.session.domain.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A period asked for: one patient under one plan in one room. */
public record Slot(UUID patientId, UUID planId, UUID roomId, Route route, Instant start, int durationMinutes) {

    public Instant end() {
        return start.plus(Duration.ofMinutes(durationMinutes));
    }
}
