package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class PatientMapperTest {

    @Test
    void patientCarriesMrnNameBirthDateAndTelecomAndIsValidR4() {
        Patient patient = PatientMapper.toFhir(Records.patient("FEMALE"));

        assertThat(patient.getIdPart()).isEqualTo(Records.PATIENT.toString());
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(Codes.MRN_SYSTEM);
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("MRN-0002");
        assertThat(patient.getIdentifierFirstRep().getType().getCodingFirstRep().getCode()).isEqualTo("MR");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Rivera");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1985-04-12");
        assertThat(patient.getTelecom()).hasSize(2);
        R4Validation.assertValid(patient);
    }

    @Test
    void sexMapsToAdministrativeGender() {
        assertThat(PatientMapper.gender("FEMALE")).isEqualTo(AdministrativeGender.FEMALE);
        assertThat(PatientMapper.gender("MALE")).isEqualTo(AdministrativeGender.MALE);
        assertThat(PatientMapper.gender("OTHER")).isEqualTo(AdministrativeGender.OTHER);
        assertThat(PatientMapper.gender("UNKNOWN")).isEqualTo(AdministrativeGender.UNKNOWN);
        assertThat(PatientMapper.gender(null)).isEqualTo(AdministrativeGender.UNKNOWN);
    }
}
