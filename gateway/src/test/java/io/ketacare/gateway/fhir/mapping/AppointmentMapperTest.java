package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.junit.jupiter.api.Test;

class AppointmentMapperTest {

    @Test
    void scheduledSessionIsABookedAppointmentForThePatientAndIsValidR4() {
        Appointment appointment = AppointmentMapper.toFhir(Records.session("SCHEDULED", null));

        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointment.getMinutesDuration()).isEqualTo(150);
        assertThat(appointment.getParticipantFirstRep().getActor().getReference()).isEqualTo("Patient/" + Records.PATIENT);
        R4Validation.assertValid(appointment);
    }

    @Test
    void checkedInIsCheckedInAndASessionUnderWayIsArrived() {
        assertThat(AppointmentMapper.status("CHECKED_IN")).isEqualTo(AppointmentStatus.CHECKEDIN);
        assertThat(AppointmentMapper.status("READY_TO_DOSE")).isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(AppointmentMapper.status("DOSING")).isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(AppointmentMapper.status("MONITORING")).isEqualTo(AppointmentStatus.ARRIVED);
    }

    @Test
    void dischargedAndAbortedSessionsAreFulfilled() {
        assertThat(AppointmentMapper.status("DISCHARGED")).isEqualTo(AppointmentStatus.FULFILLED);
        assertThat(AppointmentMapper.status("ABORTED")).isEqualTo(AppointmentStatus.FULFILLED);
    }

    @Test
    void cancelledIsCancelledWithItsReasonAndNoShowIsNoShow() {
        Appointment cancelled = AppointmentMapper.toFhir(Records.session("CANCELLED", null));

        assertThat(cancelled.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.getCancelationReason().getText()).isEqualTo("Patient unwell");
        assertThat(AppointmentMapper.status("NO_SHOW")).isEqualTo(AppointmentStatus.NOSHOW);
        R4Validation.assertValid(cancelled);
    }
}
