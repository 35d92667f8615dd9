package io.ketacare.session.domain.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** What makes two readings under one sender's id the same reading: the time it was measured and every value. */
public final class VitalReadings {

    private VitalReadings() {
    }

    /** Same measured time (to the microsecond the database keeps) and the same values; source and reason do not count. */
    public static boolean sameContent(VitalReading a, VitalReading b) {
        return micros(a.measuredAt).equals(micros(b.measuredAt)) && Objects.equals(a.systolic, b.systolic)
                && Objects.equals(a.diastolic, b.diastolic) && Objects.equals(a.heartRate, b.heartRate) && Objects.equals(a.spo2, b.spo2)
                && Objects.equals(a.respiratoryRate, b.respiratoryRate);
    }

    /** The reading as a nurse reads it, e.g. "132/84 mmHg, HR 80, SpO2 97 %, RR 14 at 2026-05-04T09:40:00Z". */
    public static String describe(VitalReading r) {
        StringBuilder b = new StringBuilder();
        if (r.systolic != null || r.diastolic != null) {
            b.append(r.systolic).append('/').append(r.diastolic).append(" mmHg, ");
        }
        if (r.heartRate != null) {
            b.append("HR ").append(r.heartRate).append(", ");
        }
        if (r.spo2 != null) {
            b.append("SpO2 ").append(r.spo2).append(" %, ");
        }
        if (r.respiratoryRate != null) {
            b.append("RR ").append(r.respiratoryRate).append(", ");
        }
        return b.append("at ").append(micros(r.measuredAt)).toString();
    }

    private static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}
