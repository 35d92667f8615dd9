package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** The validator the mapping tests rely on does find errors. */
class R4ValidationTest {

    @Test
    void anObservationWithoutStatusAndCodeIsReported() {
        assertThat(R4Validation.errors(new Observation())).anySatisfy(e -> assertThat(e).contains("Observation.status"));
    }

    @Test
    void aBloodPressureWithoutItsDiastolicComponentBreaksTheBpProfile() {
        Observation bp = VitalSignsMapper.toFhir(VitalSigns.atScreening(Records.screening(null))).get(0);
        bp.getComponent().remove(1);

        assertThat(R4Validation.errors(bp)).isNotEmpty();
    }
}
