package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.session.SessionRecord;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A session's booking → Appointment. Status: SCHEDULED → booked, CHECKED_IN → checked-in,
 * READY_TO_DOSE/DOSING/MONITORING → arrived, DISCHARGED → fulfilled, ABORTED → fulfilled (the patient
 * came; the treatment was stopped), CANCELLED → cancelled, NO_SHOW → noshow.
 */
public final class AppointmentMapper {

    private AppointmentMapper() {
    }

    public static Appointment toFhir(SessionRecord s) {
        Appointment appointment = new Appointment();
        appointment.setId(FhirIds.of(s.patientId(), s.id()));
        appointment.getMeta().setVersionId(String.valueOf(s.version()));
        AppointmentStatus status = status(s.status());
        appointment.setStatus(status);
        if ((status == AppointmentStatus.CANCELLED || status == AppointmentStatus.NOSHOW) && s.endReason() != null) {
            appointment.setCancelationReason(new org.hl7.fhir.r4.model.CodeableConcept().setText(s.endReason()));
        }
        appointment.addServiceType().setText("Ketamine treatment session");
        appointment.setDescription("Treatment session, route " + s.route());
        appointment.setStart(Fhir.date(s.start()));
        appointment.setEnd(Fhir.date(s.end()));
        appointment.setMinutesDuration(s.durationMinutes());
        appointment.setCreated(Fhir.date(s.bookedAt()));
        if (s.planId() != null) {
            appointment.addSupportingInformation(new Reference("CarePlan/" + FhirIds.of(s.patientId(), s.planId())));
        }
        appointment.addParticipant().setActor(Fhir.patient(s.patientId()))
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        return appointment;
    }

    public static AppointmentStatus status(String status) {
        return switch (status == null ? "" : status) {
            case "SCHEDULED" -> AppointmentStatus.BOOKED;
            case "CHECKED_IN" -> AppointmentStatus.CHECKEDIN;
            case "READY_TO_DOSE", "DOSING", "MONITORING" -> AppointmentStatus.ARRIVED;
            case "DISCHARGED", "ABORTED" -> AppointmentStatus.FULFILLED;
            case "CANCELLED" -> AppointmentStatus.CANCELLED;
            case "NO_SHOW" -> AppointmentStatus.NOSHOW;
            default -> AppointmentStatus.PENDING;
        };
    }
}
