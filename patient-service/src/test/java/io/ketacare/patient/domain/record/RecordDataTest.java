package io.ketacare.patient.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.problem.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rules across fields of the record that bean validation cannot express. */
class RecordDataTest {

    @Test
    void benzodiazepineNeedsItsLorazepamEquivalent() {
        assertThat(new MedicationData("Diazepam", MedicationClass.BENZODIAZEPINE, new BigDecimal("10"), null, MedicationStatus.ACTIVE,
                null, null, null).violations()).extracting(Violation::field).containsExactly("lorazepamEquivalentMgPerDay");
        assertThat(new MedicationData("Diazepam", MedicationClass.BENZODIAZEPINE, new BigDecimal("10"), new BigDecimal("1"),
                MedicationStatus.ACTIVE, null, null, null).violations()).isEmpty();
    }

    @Test
    void lorazepamEquivalentIsOnlyForBenzodiazepines() {
        assertThat(new MedicationData("Sertraline", MedicationClass.ANTIDEPRESSANT, null, BigDecimal.ONE, MedicationStatus.ACTIVE,
                null, null, null).violations()).extracting(Violation::field).containsExactly("lorazepamEquivalentMgPerDay");
    }

    @Test
    void lastUseDateIsOnlyForSubstanceUse() {
        assertThat(new ConditionData(ConditionKind.HYPERTENSION, "I10", "Hypertension", ConditionStatus.ACTIVE, null, null,
                LocalDate.of(2024, 1, 1), null).violations()).extracting(Violation::field).containsExactly("lastUseDate");
        assertThat(new ConditionData(ConditionKind.SUBSTANCE_USE_DISORDER, "F10.20", "Alcohol use disorder", ConditionStatus.IN_REMISSION,
                null, null, LocalDate.of(2024, 1, 1), null).violations()).isEmpty();
    }

    @Test
    void antidepressantTrialNeedsDrugAndAdequacy() {
        assertThat(new TreatmentData(TreatmentType.ANTIDEPRESSANT_TRIAL, null, null, 8, null, TreatmentOutcome.NO_RESPONSE, null, null,
                null).violations()).extracting(Violation::field).containsExactly("drug", "adequate");
        assertThat(new TreatmentData(TreatmentType.PSYCHOTHERAPY, null, null, 12, null, TreatmentOutcome.PARTIAL_RESPONSE, null, null,
                null).violations()).isEmpty();
    }
}
