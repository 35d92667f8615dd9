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
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Fills the esketamine REMS patient-monitoring form from what the session recorded. */
public final class RemsForms {

    static final Duration BLOOD_PRESSURE_CHECK_AFTER_DOSE = Duration.ofMinutes(40);
    private static final java.util.EnumSet<io.ketacare.session.domain.session.SessionStatus> CLOSED = java.util.EnumSet.of(
            io.ketacare.session.domain.session.SessionStatus.DISCHARGED, io.ketacare.session.domain.session.SessionStatus.ABORTED);

    private RemsForms() {
    }

    /** The fields of the form. */
    public record Form(DoseAdministration dose, Instant monitoringEndedAt, Integer monitoringMinutes, String bloodPressureBeforeDosing,
            String bloodPressureAt40Minutes, String bloodPressureBeforeDischarge, boolean sedationObserved, boolean dissociationObserved,
            boolean respiratoryDepressionObserved, PreDoseCheck preDose, LocalDate dueDate, RemsStatus status,
            boolean bloodPressureAt40MinutesMissing, boolean sessionNotClosed) {
    }

    public static boolean applies(Session s, Optional<DoseAdministration> dose) {
        return s.route == Route.INTRANASAL && dose.isPresent();
    }

    /** The form; dates in the clinic's time zone. */
    public static Form fill(Session s, DoseAdministration dose, PreDoseCheck preDose, List<VitalReading> vitals, List<SessionScore> scores,
            List<AdverseEvent> events, SessionProtocol protocol, ZoneId clinicZone, Instant now) {
        Instant ended = s.dischargedAt != null ? s.dischargedAt : s.endedAt;
        List<VitalReading> bps = vitals.stream().filter(VitalReading::hasBloodPressure).filter(v -> !v.measuredAt.isBefore(dose.startedAt)).toList();
        Optional<VitalReading> near40 = bloodPressureAt40Minutes(dose, vitals, protocol);
        Optional<VitalReading> last = bps.stream().max(Comparator.comparing(v -> v.measuredAt));
        boolean sedation = scores.stream().anyMatch(x -> x.instrument == ScoreInstrument.MOAA_S && x.score < protocol.dischargeMoaas);
        boolean dissociation = scores.stream().anyMatch(x -> x.instrument == ScoreInstrument.CADSS && x.score > 0);
        boolean respiratory = vitals.stream().anyMatch(v -> v.spo2 != null && v.spo2 < protocol.alertSpo2)
                || events.stream().anyMatch(e -> e.type == AdverseEventType.RESPIRATORY_DEPRESSION || e.type == AdverseEventType.DESATURATION);
        LocalDate due = dueDate(dose, protocol, clinicZone);
        return new Form(dose, ended, ended == null ? null : (int) Duration.between(dose.startedAt, ended).toMinutes(),
                preDose == null ? null : preDose.systolic + "/" + preDose.diastolic, near40.map(RemsForms::bp).orElse(null),
                last.map(RemsForms::bp).orElse(null), sedation, dissociation, respiratory, preDose, due, status(s, due, clinicZone, now),
                near40.isEmpty(), notClosedInTime(s, dose, protocol, now));
    }

    /**
     * The REMS "~40 min" blood pressure: a reading inside the protocol window after the dose start (default 30 to 50 min,
     * both ends included), the one nearest 40 min when there are several; none means the form says it is missing.
     */
    public static Optional<VitalReading> bloodPressureAt40Minutes(DoseAdministration dose, List<VitalReading> vitals, SessionProtocol protocol) {
        Instant from = dose.startedAt.plus(Duration.ofMinutes(protocol.remsBpWindowFromMinutes));
        Instant to = dose.startedAt.plus(Duration.ofMinutes(protocol.remsBpWindowToMinutes));
        Instant at40 = dose.startedAt.plus(BLOOD_PRESSURE_CHECK_AFTER_DOSE);
        return vitals.stream().filter(VitalReading::hasBloodPressure)
                .filter(v -> !v.measuredAt.isBefore(from) && !v.measuredAt.isAfter(to))
                .min(Comparator.comparing((VitalReading v) -> Duration.between(v.measuredAt, at40).abs()).thenComparing(v -> v.measuredAt));
    }

    /** When a dosed session must be closed (discharged or aborted) for REMS: the dose start plus the protocol's minutes (default 360). */
    public static Instant closeBy(DoseAdministration dose, SessionProtocol protocol) {
        return dose.startedAt.plus(Duration.ofMinutes(protocol.remsSessionCloseMinutes));
    }

    /** Dosed, not discharged or aborted, and the close-by time has passed (exactly at it is still in time). */
    public static boolean notClosedInTime(Session s, DoseAdministration dose, SessionProtocol protocol, Instant now) {
        return !CLOSED.contains(s.status) && now.isAfter(closeBy(dose, protocol));
    }

    /** On the REMS list: ended (discharged or aborted), or dosed and not closed in time. */
    public static boolean listed(Session s, DoseAdministration dose, SessionProtocol protocol, Instant now) {
        return CLOSED.contains(s.status) || notClosedInTime(s, dose, protocol, now);
    }

    /** Due a number of days (protocol, default 7) after the session day in the clinic's time zone. */
    public static LocalDate dueDate(DoseAdministration dose, SessionProtocol protocol, ZoneId clinicZone) {
        return LocalDate.ofInstant(dose.startedAt, clinicZone).plusDays(protocol.remsDueDays);
    }

    /** Overdue once the clinic's local date is after the due date. */
    public static RemsStatus status(Session s, LocalDate due, ZoneId clinicZone, Instant now) {
        if (s.remsSubmittedAt != null) {
            return RemsStatus.SUBMITTED;
        }
        return LocalDate.ofInstant(now, clinicZone).isAfter(due) ? RemsStatus.OVERDUE : RemsStatus.DUE;
    }

    private static String bp(VitalReading v) {
        return v.systolic + "/" + v.diastolic;
    }
}
