package io.ketacare.session.domain.monitoring;

import io.ketacare.session.domain.protocol.RouteRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The vitals schedule of a dosed session (clinical-rules.md, "During monitoring"), from the route's protocol numbers:
 * the fixed time points after the dose start (e.g. 0 and 40 min), every dosing interval during an infusion from its
 * start until its end, and every observation interval after the end of dosing until the minimum observation has
 * elapsed. A time point is met by a reading with a blood pressure measured within the grace minutes before or after
 * it, and missed once the grace minutes after it have passed without one. Time points after the session ended are not
 * due.
 */
public final class VitalsSchedule {

    /** One time point: when, why it is due, its state, and the reading that met it. */
    public record TimePoint(Instant dueAt, String basis, Instant windowStart, Instant windowEnd, VitalsPointState state, UUID readingId) {
    }

    private VitalsSchedule() {
    }

    /**
     * The time points of a session dosed from {@code doseStart} (ended at {@code doseEnd}, null while dosing), with
     * their state at {@code now}; {@code sessionEnd} is the discharge or abort, null while the session runs.
     */
    public static List<TimePoint> of(RouteRule rule, Duration grace, Instant doseStart, Instant doseEnd, List<VitalReading> readings,
            Instant now, Instant sessionEnd) {
        Map<Instant, String> due = new LinkedHashMap<>();
        for (int minutes : rule.vitalsDue()) {
            due.putIfAbsent(doseStart.plus(Duration.ofMinutes(minutes)), minutes + " min after the dose start");
        }
        if (rule.vitalsDosingIntervalMinutes > 0) {
            Instant plannedEnd = doseStart.plus(Duration.ofMinutes(rule.dosingMinutes));
            Instant dosingEnd = doseEnd != null ? doseEnd : now.isAfter(plannedEnd) ? now : plannedEnd;
            Duration every = Duration.ofMinutes(rule.vitalsDosingIntervalMinutes);
            for (Instant t = doseStart.plus(every); !t.isAfter(dosingEnd); t = t.plus(every)) {
                due.putIfAbsent(t, "during dosing, every " + rule.vitalsDosingIntervalMinutes + " min");
            }
        }
        if (rule.vitalsObservationIntervalMinutes > 0 && doseEnd != null) {
            Instant observed = doseEnd.plus(Duration.ofMinutes(rule.minimumObservationMinutes));
            Duration every = Duration.ofMinutes(rule.vitalsObservationIntervalMinutes);
            for (Instant t = doseEnd.plus(every); !t.isAfter(observed); t = t.plus(every)) {
                due.putIfAbsent(t, "after dosing, every " + rule.vitalsObservationIntervalMinutes + " min until the minimum observation");
            }
        }
        List<VitalReading> bloodPressures = readings.stream().filter(VitalReading::hasBloodPressure).toList();
        List<TimePoint> points = new ArrayList<>();
        due.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> sessionEnd == null || !e.getKey().isAfter(sessionEnd))
                .forEach(e -> points.add(point(e.getKey(), e.getValue(), grace, bloodPressures, now)));
        return points;
    }

    /** The time points that are missed. */
    public static List<TimePoint> missed(List<TimePoint> points) {
        return points.stream().filter(p -> p.state() == VitalsPointState.MISSED).toList();
    }

    private static TimePoint point(Instant t, String basis, Duration grace, List<VitalReading> bloodPressures, Instant now) {
        Instant from = t.minus(grace);
        Instant to = t.plus(grace);
        var met = bloodPressures.stream().filter(r -> !r.measuredAt.isBefore(from) && !r.measuredAt.isAfter(to))
                .min(Comparator.comparing(r -> Duration.between(r.measuredAt, t).abs()));
        VitalsPointState state = met.isPresent() ? VitalsPointState.MET
                : now.isAfter(to) ? VitalsPointState.MISSED
                : now.isBefore(from) ? VitalsPointState.UPCOMING : VitalsPointState.DUE;
        return new TimePoint(t, basis, from, to, state, met.map(r -> r.id).orElse(null));
    }
}
