package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class FhirIdsTest {

    @Test
    void aCompositeIdNamesItsPatientAndStaysWithinFhirsLimit() {
        UUID patient = new UUID(-1L, -1L);
        UUID record = new UUID(Long.MIN_VALUE, 0L);

        String id = FhirIds.of(patient, record, "spo2");

        assertThat(id).matches("[A-Za-z0-9\\-.]{1,64}");
        assertThat(FhirIds.patientOf(id)).contains(patient);
        assertThat(FhirIds.patientOf(FhirIds.of(Records.PATIENT, Records.RECORD))).contains(Records.PATIENT);
    }

    @Test
    void aPatientIdIsTheUuidItself() {
        assertThat(FhirIds.uuid(Records.PATIENT.toString())).contains(Records.PATIENT);
    }

    @Test
    void somethingElseIsNoId() {
        assertThat(FhirIds.patientOf("not-an-id-at-all!")).isEmpty();
        assertThat(FhirIds.patientOf(null)).isEmpty();
        assertThat(FhirIds.uuid("6f1c2b3a-0d4e-4f5a-8b6c-00000000000Z")).isEmpty();
        assertThat(FhirIds.uuid("zzzzzzzzzzzzzzzzzzzzzzzzz")).isEmpty();
    }
}
