package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.junit.jupiter.api.Test;

class MedicationRequestMapperTest {

    @Test
    void ivPlanOrdersKetamineIntravenouslyInMgPerKgOver40MinutesAndIsValidR4() {
        MedicationRequest request = MedicationRequestMapper.toFhir(Records.plan("ACTIVE", "IV"));

        assertThat(request.getStatus()).isEqualTo(MedicationRequestStatus.ACTIVE);
        assertThat(request.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.ORDER);
        assertThat(request.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("KETAMINE");
        assertThat(request.getDosageInstructionFirstRep().getRoute().getCodingFirstRep().getCode()).isEqualTo("47625008");
        assertThat(request.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getCode()).isEqualTo("mg/kg");
        assertThat(request.getDosageInstructionFirstRep().getTiming().getRepeat().getDuration()).isEqualByComparingTo("40");
        assertThat(request.getBasedOnFirstRep().getReference()).isEqualTo("CarePlan/" + FhirIds.of(Records.PATIENT, Records.PLAN));
        R4Validation.assertValid(request);
    }

    @Test
    void intranasalPlanOrdersEsketamineNasallyInFixedMg() {
        MedicationRequest request = MedicationRequestMapper.toFhir(Records.plan("DRAFT", "INTRANASAL"));

        assertThat(request.getStatus()).isEqualTo(MedicationRequestStatus.DRAFT);
        assertThat(request.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("ESKETAMINE");
        assertThat(request.getDosageInstructionFirstRep().getRoute().getCodingFirstRep().getCode()).isEqualTo("46713006");
        assertThat(request.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getCode()).isEqualTo("mg");
        R4Validation.assertValid(request);
    }

    @Test
    void imAndOralRoutesAreSnomedIntramuscularAndOral() {
        assertThat(Codes.route("IM").getCodingFirstRep().getCode()).isEqualTo("78421000");
        assertThat(Codes.route("ORAL_LOZENGE").getCodingFirstRep().getCode()).isEqualTo("26643006");
        R4Validation.assertValid(MedicationRequestMapper.toFhir(Records.plan("ACTIVE", "IM")));
    }

    @Test
    void cancelledAndCompletedPlansAreCancelledAndCompletedRequests() {
        assertThat(MedicationRequestMapper.status("CANCELLED")).isEqualTo(MedicationRequestStatus.CANCELLED);
        assertThat(MedicationRequestMapper.status("COMPLETED")).isEqualTo(MedicationRequestStatus.COMPLETED);
        assertThat(MedicationRequestMapper.status("PAUSED")).isEqualTo(MedicationRequestStatus.ONHOLD);
        assertThat(MedicationRequestMapper.status("SOMETHING_NEW")).isEqualTo(MedicationRequestStatus.UNKNOWN);
    }
}
