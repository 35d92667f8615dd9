package io.ketacare.patient.domain.screening;

import static io.ketacare.patient.domain.screening.ScreeningCase.eligiblePatient;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.patient.domain.record.ConditionKind;
import io.ketacare.patient.domain.record.ConditionStatus;
import org.junit.jupiter.api.Test;

/** Absolute contraindications of protocol 1: INELIGIBLE when present, and what just passes. */
class AbsoluteContraindicationRulesTest {

    static void assertIneligibleBy(ScreeningCase screening, String code) {
        Evaluation evaluation = screening.evaluate();
        assertThat(evaluation.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(evaluation.findings()).filteredOn(f -> f.code().equals(code)).singleElement()
                .satisfies(f -> {
                    assertThat(f.effect()).isEqualTo(RuleEffect.INELIGIBLE);
                    assertThat(f.determination()).isEqualTo(Determination.PRESENT);
                });
    }

    static void assertEligible(ScreeningCase screening) {
        Evaluation evaluation = screening.evaluate();
        assertThat(evaluation.findings()).isEmpty();
        assertThat(evaluation.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aneurysmalVascularDiseaseIsIneligible() {
        assertIneligibleBy(eligiblePatient().condition(ConditionKind.ANEURYSMAL_VASCULAR_DISEASE, ConditionStatus.ACTIVE),
                "ANEURYSMAL_VASCULAR_DISEASE");
    }

    @Test
    void resolvedAneurysmalVascularDiseaseIsStillIneligible() {
        assertIneligibleBy(eligiblePatient().condition(ConditionKind.ANEURYSMAL_VASCULAR_DISEASE, ConditionStatus.RESOLVED),
                "ANEURYSMAL_VASCULAR_DISEASE");
    }

    @Test
    void aneurysmEnteredInErrorIsEligible() {
        assertEligible(eligiblePatient().condition(ConditionKind.ANEURYSMAL_VASCULAR_DISEASE, ConditionStatus.ENTERED_IN_ERROR));
    }

    @Test
    void arteriovenousMalformationIsIneligible() {
        assertIneligibleBy(eligiblePatient().condition(ConditionKind.ARTERIOVENOUS_MALFORMATION, ConditionStatus.IN_REMISSION),
                "ANEURYSMAL_VASCULAR_DISEASE");
    }

    @Test
    void intracerebralHaemorrhageHistoryIsIneligible() {
        assertIneligibleBy(eligiblePatient().condition(ConditionKind.INTRACEREBRAL_HAEMORRHAGE, ConditionStatus.RESOLVED),
                "INTRACEREBRAL_HAEMORRHAGE");
    }

    @Test
    void intracerebralHaemorrhageEnteredInErrorIsEligible() {
        assertEligible(eligiblePatient().condition(ConditionKind.INTRACEREBRAL_HAEMORRHAGE, ConditionStatus.ENTERED_IN_ERROR));
    }

    @Test
    void ketamineHypersensitivityAnsweredYesIsIneligible() {
        assertIneligibleBy(eligiblePatient().answers(Answer.NO, Answer.NO, Answer.YES, Answer.NO), "KETAMINE_HYPERSENSITIVITY");
    }

    @Test
    void ketamineHypersensitivityOnRecordIsIneligibleEvenWhenAnsweredNo() {
        assertIneligibleBy(eligiblePatient().condition(ConditionKind.KETAMINE_HYPERSENSITIVITY, ConditionStatus.ACTIVE),
                "KETAMINE_HYPERSENSITIVITY");
    }

    @Test
    void ketamineHypersensitivityUnknownNeedsReview() {
        Evaluation evaluation = eligiblePatient().answers(Answer.NO, Answer.NO, Answer.UNKNOWN, Answer.NO).evaluate();
        assertThat(evaluation.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(evaluation.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KETAMINE_HYPERSENSITIVITY");
            assertThat(f.determination()).isEqualTo(Determination.UNKNOWN);
        });
    }

    @Test
    void currentPregnancyAnsweredYesIsIneligible() {
        assertIneligibleBy(eligiblePatient().answers(Answer.YES, Answer.NO, Answer.NO, Answer.NO), "PREGNANCY");
    }

    @Test
    void activePregnancyOnRecordIsIneligible() {
        assertIneligibleBy(eligiblePatient().condition(ConditionKind.PREGNANCY, ConditionStatus.ACTIVE), "PREGNANCY");
    }

    @Test
    void resolvedPregnancyIsEligible() {
        assertEligible(eligiblePatient().condition(ConditionKind.PREGNANCY, ConditionStatus.RESOLVED));
    }

    @Test
    void pregnancyUnknownNeedsReview() {
        ScreeningCase screening = eligiblePatient().answers(Answer.UNKNOWN, Answer.NO, Answer.NO, Answer.NO);
        assertThat(screening.evaluate().outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(screening.codes()).containsExactly("PREGNANCY");
    }

    @Test
    void activePsychosisOrManiaIsIneligible() {
        assertIneligibleBy(eligiblePatient().answers(Answer.NO, Answer.NO, Answer.NO, Answer.YES), "ACTIVE_PSYCHOSIS_OR_MANIA");
    }

    @Test
    void noActivePsychosisOrManiaIsEligible() {
        assertEligible(eligiblePatient().answers(Answer.NO, Answer.NO, Answer.NO, Answer.NO));
    }

    @Test
    void absoluteContraindicationOutweighsReviewFindings() {
        ScreeningCase screening = eligiblePatient().bloodPressure(160, 100)
                .condition(ConditionKind.INTRACEREBRAL_HAEMORRHAGE, ConditionStatus.RESOLVED);
        assertThat(screening.evaluate().outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(screening.codes()).containsExactly("INTRACEREBRAL_HAEMORRHAGE", "BLOOD_PRESSURE_ABOVE_LIMIT");
    }
}
