package io.ketacare.session.domain.rems;

import io.ketacare.session.domain.Route;
import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.monitoring.AdverseEvent;
import io.ketacare.session.domain.monitoring.AdverseEventType;
import io.ketacare.session.domain.monitoring.ScoreInstrument;
import io.ketacare.session.domain.monitoring.SessionScore;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.predose.PreDoseCheck;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.session.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Fills the esketamine REMS patient-monitoring form from what the session recorded. */
public final class RemsForms {

    static final Duration BLOOD_PRESSURE_CHECK_AFTER_DOSE = Duration.ofMinutes(40);

    private RemsForms() {
    }

    /** The fields of the form. */
    public record Form(DoseAdministration dose, Instant monitoringEndedAt, Integer monitoringMinutes, String bloodPressureBeforeDosing,
            String bloodPressureAt40Minutes, String bloodPressureBeforeDischarge, boolean sedationObserved, boolean dissociationObserved,
            boolean respiratoryDepressionObserved, PreDoseCheck preDose, LocalDate dueDate, RemsStatus status) {
    }

    public static boolean applies(Session s, Optional<DoseAdministration> dose) {
        return s.route == Route.INTRANASAL && dose.isPresent();
    }

    public static Form fill(Session s, DoseAdministration dose, PreDoseCheck preDose, List<VitalReading> vitals, List<SessionScore> scores,
            List<AdverseEvent> events, SessionProtocol protocol, Instant now) {
        Instant ended = s.dischargedAt != null ? s.dischargedAt : s.endedAt;
        List<VitalReading> bps = vitals.stream().filter(VitalReading::hasBloodPressure).filter(v -> !v.measuredAt.isBefore(dose.startedAt)).toList();
        Instant at40 = dose.startedAt.plus(BLOOD_PRESSURE_CHECK_AFTER_DOSE);
        Optional<VitalReading> near40 = bps.stream().min(Comparator.comparing(v -> Duration.between(v.measuredAt, at40).abs()));
        Optional<VitalReading> last = bps.stream().max(Comparator.comparing(v -> v.measuredAt));
        boolean sedation = scores.stream().anyMatch(x -> x.instrument == ScoreInstrument.MOAA_S && x.score < protocol.dischargeMoaas);
        boolean dissociation = scores.stream().anyMatch(x -> x.instrument == ScoreInstrument.CADSS && x.score > 0);
        boolean respiratory = vitals.stream().anyMatch(v -> v.spo2 != null && v.spo2 < protocol.alertSpo2)
                || events.stream().anyMatch(e -> e.type == AdverseEventType.RESPIRATORY_DEPRESSION || e.type == AdverseEventType.DESATURATION);
        LocalDate due = dueDate(s, dose, protocol);
        return new Form(dose, ended, ended == null ? null : (int) Duration.between(dose.startedAt, ended).toMinutes(),
                preDose == null ? null : preDose.systolic + "/" + preDose.diastolic, near40.map(RemsForms::bp).orElse(null),
                last.map(RemsForms::bp).orElse(null), sedation, dissociation, respiratory, preDose, due, status(s, due, now));
    }

    /** Due a number of days (protocol, default 7) after the session day. */
    public static LocalDate dueDate(Session s, DoseAdministration dose, SessionProtocol protocol) {
        return LocalDate.ofInstant(dose.startedAt, ZoneOffset.UTC).plusDays(protocol.remsDueDays);
    }

    public static RemsStatus status(Session s, LocalDate due, Instant now) {
        if (s.remsSubmittedAt != null) {
            return RemsStatus.SUBMITTED;
        }
        return LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(due) ? RemsStatus.OVERDUE : RemsStatus.DUE;
    }

    private static String bp(VitalReading v) {
        return v.systolic + "/" + v.diastolic;
    }
}
