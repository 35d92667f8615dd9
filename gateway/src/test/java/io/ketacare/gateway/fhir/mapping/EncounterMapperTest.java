package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.junit.jupiter.api.Test;

class EncounterMapperTest {

    @Test
    void scheduledSessionIsAPlannedAmbulatoryEncounterAndIsValidR4() {
        Encounter encounter = EncounterMapper.toFhir(Records.session("SCHEDULED", null));

        assertThat(encounter.getStatus()).isEqualTo(EncounterStatus.PLANNED);
        assertThat(encounter.getClass_().getCode()).isEqualTo("AMB");
        assertThat(encounter.getAppointmentFirstRep().getReference()).isEqualTo("Appointment/" + FhirIds.of(Records.PATIENT, Records.SESSION));
        R4Validation.assertValid(encounter);
    }

    @Test
    void checkedInReadyToDoseDosingAndMonitoringAreInProgress() {
        for (String status : new String[] {"CHECKED_IN", "READY_TO_DOSE", "DOSING", "MONITORING"}) {
            assertThat(EncounterMapper.status(status)).as(status).isEqualTo(EncounterStatus.INPROGRESS);
        }
    }

    @Test
    void dischargedIsFinishedFromCheckInToDischarge() {
        Encounter encounter = EncounterMapper.toFhir(Records.session("DISCHARGED", Records.dose(Records.AT.plusSeconds(1500))));

        assertThat(encounter.getStatus()).isEqualTo(EncounterStatus.FINISHED);
        assertThat(encounter.getPeriod().getStart()).isEqualTo(java.util.Date.from(Records.AT.plusSeconds(60)));
        assertThat(encounter.getPeriod().getEnd()).isEqualTo(java.util.Date.from(Records.AT.plusSeconds(140 * 60)));
        R4Validation.assertValid(encounter);
    }

    @Test
    void abortedIsFinishedBecauseItBeganWithTheReasonKept() {
        Encounter encounter = EncounterMapper.toFhir(Records.session("ABORTED", null));

        assertThat(encounter.getStatus()).isEqualTo(EncounterStatus.FINISHED);
        assertThat(encounter.getReasonCodeFirstRep().getText()).isEqualTo("Aborted: Patient unwell");
        R4Validation.assertValid(encounter);
    }

    @Test
    void cancelledAndNoShowAreCancelled() {
        assertThat(EncounterMapper.status("CANCELLED")).isEqualTo(EncounterStatus.CANCELLED);
        assertThat(EncounterMapper.status("NO_SHOW")).isEqualTo(EncounterStatus.CANCELLED);
    }
}
