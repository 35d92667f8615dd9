package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Condition;
import org.junit.jupiter.api.Test;

class ConditionMapperTest {

    @Test
    void activeConditionIsConfirmedActiveAndCodedInIcd10AndIsValidR4() {
        Condition condition = ConditionMapper.toFhir(Records.condition("ACTIVE", "MODERATE"));

        assertThat(condition.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
        assertThat(condition.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("confirmed");
        assertThat(condition.getCode().getCodingFirstRep().getSystem()).isEqualTo(Codes.ICD10);
        assertThat(condition.getCode().getCodingFirstRep().getCode()).isEqualTo("F33.1");
        assertThat(condition.getCode().getText()).isEqualTo("Recurrent major depressive disorder");
        assertThat(condition.getOnsetDateTimeType().getValueAsString()).isEqualTo("2019-05-01");
        R4Validation.assertValid(condition);
    }

    @Test
    void inRemissionIsRemissionAndResolvedIsResolved() {
        assertThat(ConditionMapper.clinicalStatus("IN_REMISSION").getCodingFirstRep().getCode()).isEqualTo("remission");
        assertThat(ConditionMapper.clinicalStatus("RESOLVED").getCodingFirstRep().getCode()).isEqualTo("resolved");
        R4Validation.assertValid(ConditionMapper.toFhir(Records.condition("IN_REMISSION", null)));
    }

    @Test
    void enteredInErrorHasNoClinicalStatusAndIsValidR4() {
        Condition condition = ConditionMapper.toFhir(Records.condition("ENTERED_IN_ERROR", null));

        assertThat(condition.hasClinicalStatus()).isFalse();
        assertThat(condition.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("entered-in-error");
        R4Validation.assertValid(condition);
    }

    @Test
    void severityIsSnomedMildModerateSevere() {
        assertThat(ConditionMapper.severity("MILD").getCodingFirstRep().getCode()).isEqualTo("255604002");
        assertThat(ConditionMapper.severity("MODERATE").getCodingFirstRep().getCode()).isEqualTo("6736007");
        assertThat(ConditionMapper.severity("SEVERE").getCodingFirstRep().getCode()).isEqualTo("24484000");
        assertThat(ConditionMapper.severity(null)).isNull();
    }
}
