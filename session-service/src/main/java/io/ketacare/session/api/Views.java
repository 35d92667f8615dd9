package io.ketacare.session.api;

import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.monitoring.AdverseEvent;
import io.ketacare.session.domain.monitoring.SessionAlert;
import io.ketacare.session.domain.monitoring.SessionScore;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.monitoring.VitalsSchedule;
import io.ketacare.session.domain.predose.PreDoseCheck;
import io.ketacare.session.domain.room.Room;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionEvent;
import io.ketacare.session.persistence.SessionRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/** Maps what the domain holds to the response bodies. */
@ApplicationScoped
public class Views {

    @Inject
    SessionRecords records;

    public SessionResponse session(Session s) {
        return new SessionResponse(s.id, s.patientId, s.planId, s.roomId, s.route, s.status, s.authorizationStatus,
                s.authorizationNote, s.start, s.end, s.durationMinutes, s.seriesId, s.protocolVersion, s.consentId, s.planVersion,
                s.checkedInAt, records.dose(s.id).map(Views::dose).orElse(null),
                records.alerts(s.id).stream().map(Views::alert).toList(), s.dischargedAt, s.endedAt, s.endReason, s.bookedBy,
                s.bookedAt, s.version,
                s.disposition, s.dispositionBy);
    }

    static RoomResponse room(Room r) {
        return new RoomResponse(r.id, r.name, r.clinic, r.equipment, r.createdAt, r.clinicZone().getId());
    }

    static DoseResponse dose(DoseAdministration d) {
        return new DoseResponse(d.route, plain(d.doseMg), plain(d.mgPerKg), plain(d.weightKg), d.lotNumber, d.devices, d.startedAt,
                d.endedAt, d.planId, d.planVersion, d.consentId, d.givenBy,
                d.lateEntry, d.lateEntryReason, d.lateEntryBy, d.deviceTimes(), d.endRecordedAt, d.plannedInfusionMinutes);
    }

    static AlertResponse alert(SessionAlert a) {
        return new AlertResponse(a.id, a.kind, a.message, a.readingId, a.raisedAt, a.dueAt);
    }

    static VitalResponse vital(VitalReading v) {
        return new VitalResponse(v.id, v.clientReadingId, v.measuredAt, v.systolic, v.diastolic, v.heartRate, v.spo2,
                v.respiratoryRate, v.source, v.recordedBy, v.lateEntry, v.lateEntryReason, v.recordedAt);
    }

    static ScoreResponse score(SessionScore s, Session session) {
        return new ScoreResponse(s.id, s.sessionId, session.patientId, s.instrument, s.score, s.measuredAt, s.recordedBy, s.lateEntry,
                s.lateEntryReason, s.recordedAt);
    }

    static VitalsTimePointResponse timePoint(VitalsSchedule.TimePoint t) {
        return new VitalsTimePointResponse(t.dueAt(), t.basis(), t.windowStart(), t.windowEnd(), t.state(), t.readingId());
    }

    static AdverseEventResponse adverseEvent(AdverseEvent e, Session session) {
        return new AdverseEventResponse(e.id, e.sessionId, session.patientId, e.type, e.severity, e.description, e.actionTaken,
                e.outcome, e.onsetAt, e.resolvedAt, e.outcomeNote, e.recordedBy, e.version);
    }

    static HistoryEntryResponse history(SessionEvent e) {
        return new HistoryEntryResponse(e.type, e.status, e.roomId, e.start, e.end, e.detail, e.actor, e.occurredAt);
    }

    static ConcomitantMedications concomitant(PreDoseCheck c) {
        return new ConcomitantMedications(c.benzodiazepines, c.sedativeHypnotics, c.psychostimulants, c.maois, c.opioids);
    }

    static PreDoseCheckResponse preDoseCheck(PreDoseCheck c) {
        return new PreDoseCheckResponse(c.systolic, c.diastolic, c.heartRate, c.spo2, plain(c.weightKg), c.lastFoodAt, c.lastLiquidAt,
                c.escortConfirmed, c.pregnancyTest, c.newInteractingMedication, concomitant(c), c.bloodPressureOverrideReason,
                c.checkedBy, c.checkedAt,
                plain(c.previousWeightKg), c.weightConfirmedBy, c.weightConfirmationReason);
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
