package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.AdverseEvent;
import org.junit.jupiter.api.Test;

class AdverseEventMapperTest {

    @Test
    void mildResolvedNauseaIsAnActualNonSeriousEventOfTheSessionAndIsValidR4() {
        AdverseEvent event = AdverseEventMapper.toFhir(Records.adverseEvent("MILD", "RESOLVED"));

        assertThat(event.getActuality()).isEqualTo(AdverseEvent.AdverseEventActuality.ACTUAL);
        assertThat(event.getEvent().getCodingFirstRep().getCode()).isEqualTo("NAUSEA");
        assertThat(event.getSeverity().getCodingFirstRep().getCode()).isEqualTo("mild");
        assertThat(event.getSeriousness().getCodingFirstRep().getCode()).isEqualTo("Non-serious");
        assertThat(event.getOutcome().getCodingFirstRep().getCode()).isEqualTo("resolved");
        assertThat(event.getEncounter().getReference()).isEqualTo("Encounter/" + FhirIds.of(Records.PATIENT, Records.SESSION));
        R4Validation.assertValid(event);
    }

    @Test
    void lifeThreateningIsSevereAndSerious() {
        AdverseEvent event = AdverseEventMapper.toFhir(Records.adverseEvent("LIFE_THREATENING", "TRANSFERRED_TO_EMERGENCY_CARE"));

        assertThat(event.getSeverity().getCodingFirstRep().getCode()).isEqualTo("severe");
        assertThat(event.getSeriousness().getCodingFirstRep().getCode()).isEqualTo("Serious");
        assertThat(event.getOutcome().getCodingFirstRep().getCode()).isEqualTo("ongoing");
        R4Validation.assertValid(event);
    }

    @Test
    void moderateIsModerateAndOutcomesMapToTheR4Outcomes() {
        assertThat(AdverseEventMapper.severity("MODERATE").getCodingFirstRep().getCode()).isEqualTo("moderate");
        assertThat(AdverseEventMapper.severity("SEVERE").getCodingFirstRep().getCode()).isEqualTo("severe");
        assertThat(AdverseEventMapper.outcome("ONGOING").getCodingFirstRep().getCode()).isEqualTo("ongoing");
        assertThat(AdverseEventMapper.outcome("RESOLVED_WITH_SEQUELAE").getCodingFirstRep().getCode()).isEqualTo("resolvedWithSequelae");
    }
}
