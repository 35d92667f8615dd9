package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class SessionScoreMapperTest {

    @Test
    void moaasSedationScoreHasTheKetaCareCodeMoaasAndIsValidR4() {
        Observation observation = SessionScoreMapper.toFhir(Records.score("MOAA_S", 5));

        assertThat(observation.getCode().getCodingFirstRep().getSystem()).isEqualTo(Codes.LOCAL_OBSERVATION);
        assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("MOAAS");
        assertThat(observation.getValueIntegerType().getValue()).isEqualTo(5);
        assertThat(observation.getEncounter().getReference()).isEqualTo("Encounter/" + FhirIds.of(Records.PATIENT, Records.SESSION));
        R4Validation.assertValid(observation);
    }

    @Test
    void cadssDissociationScoreHasTheKetaCareCodeCadss() {
        Observation observation = SessionScoreMapper.toFhir(Records.score("CADSS", 12));

        assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("CADSS");
        assertThat(observation.getValueIntegerType().getValue()).isEqualTo(12);
        R4Validation.assertValid(observation);
    }
}
