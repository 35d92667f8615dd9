package io.ketacare.session.domain.discharge;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.domain.monitoring.AdverseEvent;
import io.ketacare.session.domain.monitoring.ScoreInstrument;
import io.ketacare.session.domain.monitoring.SessionScore;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.protocol.RouteRule;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The discharge criteria of clinical-rules.md: minimum observation since the end of dosing, last
 * vitals within the pre-dose limits or near baseline and always inside the absolute limits (not above
 * the alert limits, not below the discharge floors), MOAA/S back to normal, CADSS back to 0 or a
 * clinician's attestation, no open severe adverse event, escort present, instructions acknowledged.
 * The vitals and scores that clear discharge are the latest of their kind, and each must have been
 * measured within the protocol's evidence window before the discharge: a later abnormal reading
 * blocks discharge until a newer normal one. Returns every unmet criterion.
 */
public final class DischargeGate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DischargeGate() {
    }

    public static List<Criterion> check(DischargeInput in, SessionProtocol protocol, RouteRule route, Instant now) {
        List<Criterion> failed = new ArrayList<>();
        observation(in, route, now, failed);
        List<VitalReading> since = in.vitals().stream().filter(v -> !v.measuredAt.isBefore(in.doseEndedAt())).toList();
        lastVitals(since, in, protocol, now, failed);
        scores(in, protocol, now, failed);
        for (AdverseEvent e : in.adverseEvents()) {
            if (e.isOpenAndSevere()) {
                failed.add(new Criterion("OPEN_SEVERE_ADVERSE_EVENT", e.severity + " " + e.type + " (adverse event " + e.id
                        + ") is still ONGOING; record its outcome first"));
            }
        }
        if (!in.escortPresent()) {
            failed.add(new Criterion("ESCORT_NOT_PRESENT", "the escort must be present to take the patient home"));
        }
        if (!in.instructionsAcknowledged()) {
            failed.add(new Criterion("INSTRUCTIONS_NOT_ACKNOWLEDGED", "the patient must acknowledge the discharge instructions (no driving until the next day)"));
        }
        return failed;
    }

    private static void observation(DischargeInput in, RouteRule route, Instant now, List<Criterion> failed) {
        Instant from = in.dose() == null || in.chartingAllowance() == null ? in.doseEndedAt()
                : in.dose().observationStartsAt(in.chartingAllowance());
        Instant earliest = from.plus(Duration.ofMinutes(route.minimumObservationMinutes));
        if (now.isBefore(earliest)) {
            long observed = Math.max(0, Duration.between(from, now).toMinutes());
            String since = from.equals(in.doseEndedAt()) ? "since the end of dosing at " + from
                    : "since " + from + ": the end of dosing is charted at " + in.doseEndedAt() + " but reached the server at "
                            + in.dose().endRecordedAt + ", so observation counts from then less the " + in.chartingAllowance().toMinutes()
                            + " min charting allowance";
            failed.add(new Criterion("MINIMUM_OBSERVATION_NOT_ELAPSED", observed + " min observed " + since + "; " + route.route
                    + " needs " + route.minimumObservationMinutes + " min: discharge possible from " + earliest));
        }
    }

    private static void lastVitals(List<VitalReading> since, DischargeInput in, SessionProtocol p, Instant now, List<Criterion> failed) {
        Optional<VitalReading> bp = latest(since, v -> v.hasBloodPressure() ? v : null);
        if (bp.isEmpty()) {
            failed.add(new Criterion("NO_BLOOD_PRESSURE_SINCE_DOSE", "record a blood pressure reading after the end of dosing"));
        } else {
            fresh("BLOOD_PRESSURE", "blood pressure", bp.get().measuredAt, p, now, failed);
            limitOrBaseline("SYSTOLIC", bp.get().systolic, p.maxSystolic, in.baseline().systolic, p, "mmHg", failed);
            absolute("SYSTOLIC", bp.get().systolic, p.alertRepeatSystolic, p.dischargeMinSystolic, p, "mmHg", failed);
            limitOrBaseline("DIASTOLIC", bp.get().diastolic, p.maxDiastolic, in.baseline().diastolic, p, "mmHg", failed);
            absolute("DIASTOLIC", bp.get().diastolic, p.alertRepeatDiastolic, p.dischargeMinDiastolic, p, "mmHg", failed);
        }
        Optional<VitalReading> hr = latest(since, v -> v.heartRate != null ? v : null);
        if (hr.isEmpty()) {
            failed.add(new Criterion("NO_HEART_RATE_SINCE_DOSE", "record a heart rate after the end of dosing"));
        } else {
            fresh("HEART_RATE", "heart rate", hr.get().measuredAt, p, now, failed);
            limitOrBaseline("HEART_RATE", hr.get().heartRate, p.maxHeartRate, in.baseline().heartRate, p, "bpm", failed);
            absolute("HEART_RATE", hr.get().heartRate, p.alertHeartRate, p.dischargeMinHeartRate, p, "bpm", failed);
        }
        Optional<VitalReading> spo2 = latest(since, v -> v.spo2 != null ? v : null);
        if (spo2.isEmpty()) {
            failed.add(new Criterion("NO_SPO2_SINCE_DOSE", "record an SpO2 reading after the end of dosing"));
        } else {
            fresh("SPO2", "SpO2", spo2.get().measuredAt, p, now, failed);
            if (spo2.get().spo2 < p.minSpo2) {
                failed.add(new Criterion("LAST_SPO2_TOO_LOW", "last SpO2 " + spo2.get().spo2 + " % is below " + p.minSpo2 + " %"));
            }
        }
        // respiratory rate is not always charted; once it is, the latest one counts like any other discharge evidence
        Optional<VitalReading> rr = latest(since, v -> v.respiratoryRate != null ? v : null);
        if (rr.isPresent()) {
            fresh("RESPIRATORY_RATE", "respiratory rate", rr.get().measuredAt, p, now, failed);
            if (rr.get().respiratoryRate < p.dischargeMinRespiratoryRate) {
                failed.add(new Criterion("LAST_RESPIRATORY_RATE_BELOW_FLOOR", "last respiratory rate " + rr.get().respiratoryRate
                        + "/min is below the discharge floor of " + p.dischargeMinRespiratoryRate + "/min of session protocol v" + p.version));
            }
        }
    }

    /** Passes at or under the pre-dose limit, or within the protocol's percentage of the pre-dose baseline. */
    private static void limitOrBaseline(String what, int value, int limit, int baseline, SessionProtocol p, String unit, List<Criterion> failed) {
        if (value <= limit) {
            return;
        }
        BigDecimal allowed = BigDecimal.valueOf(baseline).multiply(HUNDRED.add(p.dischargeBaselineTolerancePercent)).divide(HUNDRED);
        if (BigDecimal.valueOf(value).compareTo(allowed) <= 0) {
            return;
        }
        failed.add(new Criterion("LAST_" + what + "_OUT_OF_RANGE", "last " + label(what) + " " + value + " " + unit
                + " is above the pre-dose limit of " + limit + " and more than " + p.dischargeBaselineTolerancePercent.stripTrailingZeros().toPlainString()
                + " % above the baseline of " + baseline));
    }

    /** Whatever the baseline, a discharge value never lies above the alert limit or below the discharge floor. */
    private static void absolute(String what, int value, int alertLimit, int floor, SessionProtocol p, String unit, List<Criterion> failed) {
        if (value > alertLimit) {
            failed.add(new Criterion("LAST_" + what + "_ABOVE_ALERT_LIMIT", "last " + label(what) + " " + value + " " + unit
                    + " is above the alert limit of " + alertLimit + " " + unit + " of session protocol v" + p.version
                    + " (the baseline tolerance does not reach past it); discharge needs " + alertLimit + " or less"));
        }
        if (value < floor) {
            failed.add(new Criterion("LAST_" + what + "_BELOW_FLOOR", "last " + label(what) + " " + value + " " + unit
                    + " is below the discharge floor of " + floor + " " + unit + " of session protocol v" + p.version
                    + "; discharge needs " + floor + " or more"));
        }
    }

    /** Evidence counts only when measured within the protocol's evidence window before the discharge. */
    private static void fresh(String code, String what, Instant measuredAt, SessionProtocol p, Instant now, List<Criterion> failed) {
        Duration age = Duration.between(measuredAt, now);
        if (age.compareTo(p.dischargeEvidence()) > 0) {
            failed.add(new Criterion(code + "_EVIDENCE_TOO_OLD", "the latest " + what + " was measured at " + measuredAt + ", " + ago(age)
                    + " before discharge; session protocol v" + p.version + " accepts discharge evidence from the last "
                    + p.dischargeEvidenceMinutes + " min: measure again"));
        }
    }

    private static String ago(Duration age) {
        long seconds = age.toSecondsPart();
        return age.toMinutes() + " min" + (seconds == 0 ? "" : " " + seconds + " s");
    }

    private static String label(String what) {
        return what.toLowerCase().replace('_', ' ');
    }

    private static void scores(DischargeInput in, SessionProtocol p, Instant now, List<Criterion> failed) {
        Optional<SessionScore> moaas = latestScore(in, ScoreInstrument.MOAA_S);
        if (moaas.isEmpty()) {
            failed.add(new Criterion("MOAA_S_MISSING", "rate MOAA/S after the end of dosing"));
        } else {
            fresh("MOAA_S", "MOAA/S", moaas.get().measuredAt, p, now, failed);
            if (moaas.get().score != p.dischargeMoaas) {
                failed.add(new Criterion("MOAA_S_NOT_RECOVERED", "last MOAA/S is " + moaas.get().score + "; discharge needs " + p.dischargeMoaas));
            }
        }
        Optional<SessionScore> cadss = latestScore(in, ScoreInstrument.CADSS);
        boolean attested = in.dissociationAttestation() != null && !in.dissociationAttestation().isBlank();
        if (attested && !in.callerIsClinician()) {
            failed.add(new Criterion("ATTESTATION_NEEDS_CLINICIAN", "only a clinician may attest that dissociation resolved"));
            attested = false;
        }
        if (cadss.isEmpty()) {
            failed.add(new Criterion("CADSS_MISSING", "rate CADSS after the end of dosing"));
        } else {
            fresh("CADSS", "CADSS", cadss.get().measuredAt, p, now, failed);
            if (cadss.get().score > 0 && !attested) {
                failed.add(new Criterion("DISSOCIATION_NOT_RESOLVED", "last CADSS is " + cadss.get().score
                        + "; discharge needs 0 or a clinician's attestation that dissociation resolved"));
            }
        }
    }

    private static Optional<SessionScore> latestScore(DischargeInput in, ScoreInstrument instrument) {
        return in.scores().stream().filter(s -> s.instrument == instrument && !s.measuredAt.isBefore(in.doseEndedAt()))
                .max(Comparator.comparing((SessionScore s) -> s.measuredAt).thenComparing(s -> s.recordedAt));
    }

    private static Optional<VitalReading> latest(List<VitalReading> readings, Function<VitalReading, VitalReading> having) {
        return readings.stream().map(having).filter(java.util.Objects::nonNull)
                .max(Comparator.comparing((VitalReading v) -> v.measuredAt).thenComparing(v -> v.recordedAt));
    }
}
