package io.ketacare.session.domain.timeline;

import io.ketacare.platform.problem.Violation;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place where a time a client supplies is held against the server's clock: no later than now plus
 * the protocol's clock-skew allowance, and a late entry when it is charted more than the protocol's
 * charting allowance after it happened.
 */
public final class Timeline {

    private Timeline() {
    }

    /** A violation naming the field when {@code at} lies further in the future than the clock-skew allowance. */
    public static Optional<Violation> notInFuture(String field, Instant at, SessionProtocol p, Instant now) {
        if (at == null || !at.isAfter(now.plus(p.clockSkew()))) {
            return Optional.empty();
        }
        return Optional.of(new Violation(field, "lies in the future (" + at + " is after the server's time " + now + " plus the "
                + p.clockSkewMinutes + " min clock-skew allowance of session protocol v" + p.version + ")"));
    }

    /** Whether a fact that happened at {@code happenedAt} and is charted at {@code recordedAt} is a late entry. */
    public static boolean isLateEntry(Instant happenedAt, Instant recordedAt, SessionProtocol p) {
        return happenedAt != null && Duration.between(happenedAt, recordedAt).compareTo(p.chartingAllowance()) > 0;
    }
}
