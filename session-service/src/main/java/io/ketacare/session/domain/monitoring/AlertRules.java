package io.ketacare.session.domain.monitoring;

import io.ketacare.session.domain.protocol.SessionProtocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts of clinical-rules.md with the protocol's limits: blood pressure above the repeat limit
 * twice within the repeat window, above the critical limit once, heart rate above its limit,
 * SpO2 below its limit.
 */
public final class AlertRules {

    /** An alert to raise for a reading. */
    public record Raised(AlertKind kind, String message) {
    }

    private AlertRules() {
    }

    /**
     * Alerts raised by {@code reading}, given the readings it may be paired with: the session's readings stored
     * before it, measured before or after it (a device may send a reading late), and those of its own batch
     * measured before it, so that a pair within one batch raises one alert.
     */
    public static List<Raised> check(VitalReading reading, List<VitalReading> others, SessionProtocol p) {
        List<Raised> raised = new ArrayList<>();
        if (reading.hasBloodPressure()) {
            String bp = reading.systolic + "/" + reading.diastolic + " mmHg";
            if (reading.systolic > p.alertOnceSystolic || reading.diastolic > p.alertOnceDiastolic) {
                raised.add(new Raised(AlertKind.BLOOD_PRESSURE_CRITICAL, "blood pressure " + bp + " exceeds the alert limit of "
                        + p.alertOnceSystolic + "/" + p.alertOnceDiastolic));
            } else if (aboveRepeatLimit(reading, p) && others.stream().anyMatch(o -> o != reading && aboveRepeatLimit(o, p)
                    && Duration.between(o.measuredAt, reading.measuredAt).abs().compareTo(Duration.ofMinutes(p.alertRepeatWindowMinutes)) <= 0)) {
                raised.add(new Raised(AlertKind.BLOOD_PRESSURE_HIGH_REPEATED, "blood pressure " + bp + " is above "
                        + p.alertRepeatSystolic + "/" + p.alertRepeatDiastolic + " for the second time within "
                        + p.alertRepeatWindowMinutes + " min"));
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

    /** Whether the reading counts towards the repeated-high-blood-pressure alert. */
    static boolean aboveRepeatLimit(VitalReading r, SessionProtocol p) {
        return r.hasBloodPressure() && (r.systolic > p.alertRepeatSystolic || r.diastolic > p.alertRepeatDiastolic);
    }
}
