package io.ketacare.patient.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as the database keeps them (microseconds), so that what is returned equals what is read back. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now(Clock clock) {
        return truncate(clock.instant());
    }

    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
