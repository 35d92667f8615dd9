package io.ketacare.patient.domain.screening;

import static io.ketacare.patient.domain.screening.AbsoluteContraindicationRulesTest.assertEligible;
import static io.ketacare.patient.domain.screening.ScreeningCase.TODAY;
import static io.ketacare.patient.domain.screening.ScreeningCase.eligiblePatient;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.patient.domain.assessment.CssrsRisk;
import io.ketacare.patient.domain.record.ConditionKind;
import io.ketacare.patient.domain.record.ConditionStatus;
import io.ketacare.patient.domain.record.Severity;
import org.junit.jupiter.api.Test;

/** Protocol 1's reasons for clinician review (other than medications): NEEDS_REVIEW just inside, ELIGIBLE just outside. */
class ClinicianReviewRulesTest {

    static void assertNeedsReviewBy(ScreeningCase screening, String code, Determination determination) {
        Evaluation evaluation = screening.evaluate();
        assertThat(evaluation.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(evaluation.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.effect()).isEqualTo(RuleEffect.NEEDS_REVIEW);
            assertThat(f.determination()).isEqualTo(determination);
        });
    }

    static void assertNeedsReviewBy(ScreeningCase screening, String code) {
        assertNeedsReviewBy(screening, code, Determination.PRESENT);
    }

    @Test
    void psychoticDisorderHistoryNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().condition(ConditionKind.PSYCHOTIC_DISORDER, ConditionStatus.RESOLVED),
                "PSYCHOTIC_DISORDER_HISTORY");
    }

    @Test
    void psychoticDisorderEnteredInErrorIsEligible() {
        assertEligible(eligiblePatient().condition(ConditionKind.PSYCHOTIC_DISORDER, ConditionStatus.ENTERED_IN_ERROR));
    }

    @Test
    void substanceUseLast12MonthsAgoNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().condition(ConditionKind.SUBSTANCE_USE_DISORDER, ConditionStatus.IN_REMISSION, null,
                TODAY.minusMonths(12)), "SUBSTANCE_USE_DISORDER_ACTIVE");
    }

    @Test
    void substanceUseLast12MonthsAnd1DayAgoIsEligible() {
        assertEligible(eligiblePatient().condition(ConditionKind.SUBSTANCE_USE_DISORDER, ConditionStatus.IN_REMISSION, null,
                TODAY.minusMonths(12).minusDays(1)));
    }

    @Test
    void substanceUseWithoutLastUseDateNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().condition(ConditionKind.SUBSTANCE_USE_DISORDER, ConditionStatus.ACTIVE),
                "SUBSTANCE_USE_DISORDER_ACTIVE", Determination.UNKNOWN);
    }

    @Test
    void systolic140AtScreeningIsEligible() {
        assertEligible(eligiblePatient().bloodPressure(140, 90));
    }

    @Test
    void systolic141AtScreeningNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().bloodPressure(141, 80), "BLOOD_PRESSURE_ABOVE_LIMIT");
    }

    @Test
    void diastolic90AtScreeningIsEligible() {
        assertEligible(eligiblePatient().bloodPressure(120, 90));
    }

    @Test
    void diastolic91AtScreeningNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().bloodPressure(120, 91), "BLOOD_PRESSURE_ABOVE_LIMIT");
    }

    @Test
    void activeCardiovascularDiseaseNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().condition(ConditionKind.CARDIOVASCULAR_DISEASE, ConditionStatus.ACTIVE),
                "CARDIOVASCULAR_OR_CEREBROVASCULAR_DISEASE");
    }

    @Test
    void activeCerebrovascularDiseaseNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().condition(ConditionKind.CEREBROVASCULAR_DISEASE, ConditionStatus.ACTIVE),
                "CARDIOVASCULAR_OR_CEREBROVASCULAR_DISEASE");
    }

    @Test
    void resolvedCardiovascularDiseaseIsEligible() {
        assertEligible(eligiblePatient().condition(ConditionKind.CARDIOVASCULAR_DISEASE, ConditionStatus.RESOLVED));
    }

    @Test
    void mildHepaticImpairmentIsEligible() {
        assertEligible(eligiblePatient().condition(ConditionKind.HEPATIC_IMPAIRMENT, ConditionStatus.ACTIVE, Severity.MILD, null));
    }

    @Test
    void moderateHepaticImpairmentNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().condition(ConditionKind.HEPATIC_IMPAIRMENT, ConditionStatus.ACTIVE, Severity.MODERATE, null),
                "HEPATIC_IMPAIRMENT");
    }

    @Test
    void severeHepaticImpairmentNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().condition(ConditionKind.HEPATIC_IMPAIRMENT, ConditionStatus.ACTIVE, Severity.SEVERE, null),
                "HEPATIC_IMPAIRMENT");
    }

    @Test
    void hepaticImpairmentWithoutSeverityNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().condition(ConditionKind.HEPATIC_IMPAIRMENT, ConditionStatus.ACTIVE),
                "HEPATIC_IMPAIRMENT", Determination.UNKNOWN);
    }

    @Test
    void breastfeedingAnsweredYesNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().answers(Answer.NO, Answer.YES, Answer.NO, Answer.NO), "BREASTFEEDING");
    }

    @Test
    void breastfeedingOnRecordNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().condition(ConditionKind.BREASTFEEDING, ConditionStatus.ACTIVE), "BREASTFEEDING");
    }

    @Test
    void breastfeedingUnknownNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().answers(Answer.NO, Answer.UNKNOWN, Answer.NO, Answer.NO), "BREASTFEEDING",
                Determination.UNKNOWN);
    }

    @Test
    void notBreastfeedingIsEligible() {
        assertEligible(eligiblePatient().condition(ConditionKind.BREASTFEEDING, ConditionStatus.RESOLVED));
    }

    @Test
    void cssrsModerateIsEligible() {
        assertEligible(eligiblePatient().cssrs(CssrsRisk.MODERATE));
    }

    @Test
    void cssrsHighNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().cssrs(CssrsRisk.HIGH), "CSSRS_HIGH_RISK");
    }

    @Test
    void noCssrsOnRecordNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().cssrs(null), "CSSRS_HIGH_RISK", Determination.UNKNOWN);
    }
}
