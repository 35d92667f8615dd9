package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.session.SessionRecord;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * A session → an ambulatory Encounter. Status: SCHEDULED → planned; CHECKED_IN, READY_TO_DOSE, DOSING,
 * MONITORING → in-progress; DISCHARGED → finished; ABORTED → finished (it began, then was stopped: R4's
 * cancelled means ended before it began); CANCELLED and NO_SHOW → cancelled.
 */
public final class EncounterMapper {

    private EncounterMapper() {
    }

    public static Encounter toFhir(SessionRecord s) {
        Encounter encounter = new Encounter();
        encounter.setId(FhirIds.of(s.patientId(), s.id()));
        encounter.getMeta().setVersionId(String.valueOf(s.version()));
        encounter.setStatus(status(s.status()));
        encounter.setClass_(new Coding(Codes.ACT_CODE, "AMB", "ambulatory"));
        encounter.addType().setText("Ketamine treatment session, route " + s.route());
        encounter.setSubject(Fhir.patient(s.patientId()));
        encounter.addAppointment(new Reference("Appointment/" + FhirIds.of(s.patientId(), s.id())));
        Period period = new Period().setStartElement(Fhir.dateTime(s.checkedInAt() != null ? s.checkedInAt() : s.start()));
        if (s.dischargedAt() != null || s.endedAt() != null) {
            period.setEndElement(Fhir.dateTime(s.dischargedAt() != null ? s.dischargedAt() : s.endedAt()));
        }
        encounter.setPeriod(period);
        if ("ABORTED".equals(s.status()) && s.endReason() != null) {
            encounter.addReasonCode().setText("Aborted: " + s.endReason());
        }
        return encounter;
    }

    public static EncounterStatus status(String status) {
        return switch (status == null ? "" : status) {
            case "SCHEDULED" -> EncounterStatus.PLANNED;
            case "CHECKED_IN", "READY_TO_DOSE", "DOSING", "MONITORING" -> EncounterStatus.INPROGRESS;
            case "DISCHARGED", "ABORTED" -> EncounterStatus.FINISHED;
            case "CANCELLED", "NO_SHOW" -> EncounterStatus.CANCELLED;
            default -> EncounterStatus.UNKNOWN;
        };
    }
}
