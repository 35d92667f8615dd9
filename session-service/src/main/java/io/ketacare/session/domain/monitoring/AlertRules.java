package io.ketacare.session.domain.monitoring;

import io.ketacare.session.domain.protocol.SessionProtocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Alerts of clinical-rules.md with the protocol's limits: blood pressure above the repeat limit on a reading and
 * still above it on a reading at least the repeat window later (sustained: no blood pressure at or below the limit
 * between the two), above the critical limit once, heart rate above its limit, SpO2 below its limit, and a MOAA/S
 * at or below the deep-sedation limit.
 */
public final class AlertRules {

    /** An alert to raise for a reading or a score. */
    public record Raised(AlertKind kind, String message) {
    }

    private AlertRules() {
    }

    /**
     * Alerts raised by {@code reading}, given the readings it may be paired with: the session's readings stored
     * before it, measured before or after it (a device may send a reading late), and those of its own batch
     * measured before it, so that a pair within one batch raises one alert. Blood pressures at or below the repeat
     * limit among {@code others} break a sustained run wherever they lie.
     */
    public static List<Raised> check(VitalReading reading, List<VitalReading> others, SessionProtocol p) {
        List<Raised> raised = new ArrayList<>();
        if (reading.hasBloodPressure()) {
            String bp = reading.systolic + "/" + reading.diastolic + " mmHg";
            if (reading.systolic > p.alertOnceSystolic || reading.diastolic > p.alertOnceDiastolic) {
                raised.add(new Raised(AlertKind.BLOOD_PRESSURE_CRITICAL, "blood pressure " + bp + " exceeds the alert limit of "
                        + p.alertOnceSystolic + "/" + p.alertOnceDiastolic));
            } else {
                sustainedWith(reading, others, p).ifPresent(o -> raised.add(new Raised(AlertKind.BLOOD_PRESSURE_HIGH_REPEATED,
                        "blood pressure " + bp + " measured at " + reading.measuredAt + " and " + o.systolic + "/" + o.diastolic + " mmHg at "
                                + o.measuredAt + " are both above " + p.alertRepeatSystolic + "/" + p.alertRepeatDiastolic + ", "
                                + minutesApart(reading, o) + " min apart with no reading at or below it between (sustained for at least "
                                + p.alertRepeatWindowMinutes + " min, session protocol v" + p.version + ")")));
            }
        }
        if (reading.heartRate != null && reading.heartRate > p.alertHeartRate) {
            raised.add(new Raised(AlertKind.HEART_RATE_HIGH, "heart rate " + reading.heartRate + " bpm exceeds the alert limit of "
                    + p.alertHeartRate + " bpm"));
        }
        if (reading.spo2 != null && reading.spo2 < p.alertSpo2) {
            raised.add(new Raised(AlertKind.OXYGEN_SATURATION_LOW, "SpO2 " + reading.spo2 + " % is below the alert limit of " + p.alertSpo2 + " %"));
        }
        return raised;
    }

    /** The deep-sedation alert a score raises when it is recorded: MOAA/S at or below the protocol's limit. */
    public static Optional<Raised> check(SessionScore score, SessionProtocol p) {
        if (score.instrument != ScoreInstrument.MOAA_S || score.score > p.alertMoaas) {
            return Optional.empty();
        }
        return Optional.of(new Raised(AlertKind.DEEP_SEDATION, "MOAA/S " + score.score + " at " + score.measuredAt
                + " is at or below the deep-sedation limit of " + p.alertMoaas + " (session protocol v" + p.version + ")"));
    }

    /**
     * The high reading among {@code others} that, with {@code reading}, shows a sustained high blood pressure: measured
     * at least the repeat window before or after it, with no blood pressure at or below the limit measured between them.
     * The furthest one is named.
     */
    static Optional<VitalReading> sustainedWith(VitalReading reading, List<VitalReading> others, SessionProtocol p) {
        if (!aboveRepeatLimit(reading, p)) {
            return Optional.empty();
        }
        Duration window = Duration.ofMinutes(p.alertRepeatWindowMinutes);
        List<VitalReading> normal = others.stream().filter(o -> o != reading && o.hasBloodPressure() && !aboveRepeatLimit(o, p)).toList();
        return others.stream()
                .filter(o -> o != reading && aboveRepeatLimit(o, p))
                .filter(o -> Duration.between(o.measuredAt, reading.measuredAt).abs().compareTo(window) >= 0)
                .filter(o -> normal.stream().noneMatch(n -> between(n, o, reading)))
                .max(Comparator.comparing(o -> Duration.between(o.measuredAt, reading.measuredAt).abs()));
    }

    /** Whether {@code n} was measured between {@code a} and {@code b} (either order, ends included). */
    private static boolean between(VitalReading n, VitalReading a, VitalReading b) {
        var from = a.measuredAt.isBefore(b.measuredAt) ? a.measuredAt : b.measuredAt;
        var to = a.measuredAt.isBefore(b.measuredAt) ? b.measuredAt : a.measuredAt;
        return !n.measuredAt.isBefore(from) && !n.measuredAt.isAfter(to);
    }

    private static long minutesApart(VitalReading a, VitalReading b) {
        return Duration.between(a.measuredAt, b.measuredAt).abs().toMinutes();
    }

    /** Whether the reading counts towards the sustained-high-blood-pressure alert. */
    static boolean aboveRepeatLimit(VitalReading r, SessionProtocol p) {
        return r.hasBloodPressure() && (r.systolic > p.alertRepeatSystolic || r.diastolic > p.alertRepeatDiastolic);
    }
}
