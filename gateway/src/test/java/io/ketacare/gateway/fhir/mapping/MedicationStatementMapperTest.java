package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.junit.jupiter.api.Test;

class MedicationStatementMapperTest {

    @Test
    void activeMedicationIsActiveWithItsDailyDoseInMgAndIsValidR4() {
        MedicationStatement statement = MedicationStatementMapper.toFhir(Records.medication("ACTIVE"));

        assertThat(statement.getStatus()).isEqualTo(MedicationStatementStatus.ACTIVE);
        assertThat(statement.getMedicationCodeableConcept().getText()).isEqualTo("Sertraline");
        assertThat(statement.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("ANTIDEPRESSANT");
        assertThat(statement.getDosageFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getCode()).isEqualTo("mg");
        assertThat(statement.getDosageFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getValue()).isEqualByComparingTo("100");
        R4Validation.assertValid(statement);
    }

    @Test
    void stoppedMedicationIsStoppedWithItsEndDate() {
        MedicationStatement statement = MedicationStatementMapper.toFhir(Records.medication("STOPPED"));

        assertThat(statement.getStatus()).isEqualTo(MedicationStatementStatus.STOPPED);
        assertThat(statement.getEffectivePeriod().getEndElement().getValueAsString()).isEqualTo("2025-01-10");
        R4Validation.assertValid(statement);
    }

    @Test
    void enteredInErrorIsEnteredInError() {
        assertThat(MedicationStatementMapper.status("ENTERED_IN_ERROR")).isEqualTo(MedicationStatementStatus.ENTEREDINERROR);
        assertThat(MedicationStatementMapper.status("SOMETHING_NEW")).isEqualTo(MedicationStatementStatus.UNKNOWN);
    }
}
