package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.junit.jupiter.api.Test;

class MedicationAdministrationMapperTest {

    @Test
    void completedIntranasalDoseIsEsketamineNasallyInMgWithItsLotAndIsValidR4() {
        MedicationAdministration administration = MedicationAdministrationMapper.toFhir(
                Records.session("MONITORING", Records.dose(Records.AT.plusSeconds(1500))));

        assertThat(administration.getStatus()).isEqualTo(MedicationAdministrationStatus.COMPLETED);
        Medication product = (Medication) administration.getContained().get(0);
        assertThat(product.getCode().getCodingFirstRep().getCode()).isEqualTo("ESKETAMINE");
        assertThat(product.getBatch().getLotNumber()).isEqualTo("LOT-24A117");
        assertThat(administration.getDosage().getRoute().getCodingFirstRep().getCode()).isEqualTo("46713006");
        assertThat(administration.getDosage().getDose().getCode()).isEqualTo("mg");
        assertThat(administration.getDosage().getDose().getValue()).isEqualByComparingTo("56");
        assertThat(administration.getContext().getReference()).isEqualTo("Encounter/" + FhirIds.of(Records.PATIENT, Records.SESSION));
        assertThat(administration.getRequest().getReference()).isEqualTo("MedicationRequest/" + FhirIds.of(Records.PATIENT, Records.PLAN));
        R4Validation.assertValid(administration);
    }

    @Test
    void aDoseStillRunningIsInProgress() {
        assertThat(MedicationAdministrationMapper.status(Records.session("DOSING", Records.dose(null))))
                .isEqualTo(MedicationAdministrationStatus.INPROGRESS);
        R4Validation.assertValid(MedicationAdministrationMapper.toFhir(Records.session("DOSING", Records.dose(null))));
    }

    @Test
    void aDoseCutShortByAnAbortIsStopped() {
        assertThat(MedicationAdministrationMapper.status(Records.session("ABORTED", Records.dose(null))))
                .isEqualTo(MedicationAdministrationStatus.STOPPED);
    }
}
