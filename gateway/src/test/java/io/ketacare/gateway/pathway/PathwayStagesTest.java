package io.ketacare.gateway.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathwayStagesTest {

    private static Stage stage(String eligibility, Boolean scores, Boolean consent, String plan, Integer induction, Integer doses, Integer ahead) {
        return PathwayStages.decide(new StageFacts(eligibility, scores, consent, plan, induction, doses, ahead)).stage();
    }

    @Test
    void notScreenedWithoutScoresIsAssessment() {
        assertThat(stage("NOT_SCREENED", false, false, "NONE", null, 0, 0)).isEqualTo(Stage.ASSESSMENT);
    }

    @Test
    void notScreenedWithScoresIsScreening() {
        assertThat(stage("NOT_SCREENED", true, false, "NONE", null, 0, 0)).isEqualTo(Stage.SCREENING);
    }

    @Test
    void needsReviewAndIneligibleStayInScreening() {
        assertThat(stage("NEEDS_REVIEW", true, true, "ACTIVE", 6, 2, 1)).isEqualTo(Stage.SCREENING);
        assertThat(stage("INELIGIBLE", true, false, "NONE", null, 0, 0)).isEqualTo(Stage.SCREENING);
    }

    @Test
    void eligibleWithoutAConsentInForceIsConsent() {
        assertThat(stage("ELIGIBLE", true, false, "NONE", null, 0, 0)).isEqualTo(Stage.CONSENT);
    }

    @Test
    void consentedWithoutAnActivePlanIsPlanning() {
        assertThat(stage("ELIGIBLE", true, true, "NONE", null, 0, 0)).isEqualTo(Stage.PLANNING);
    }

    @Test
    void activePlanWithFiveOfSixInductionDosesIsStillInduction() {
        assertThat(stage("ELIGIBLE", true, true, "ACTIVE", 6, 5, 1)).isEqualTo(Stage.INDUCTION);
    }

    @Test
    void activePlanWithTheSixthInductionDoseGivenIsMaintenance() {
        assertThat(stage("ELIGIBLE", true, true, "ACTIVE", 6, 6, 1)).isEqualTo(Stage.MAINTENANCE);
    }

    @Test
    void completedPlanWithASessionAheadIsFollowUp() {
        assertThat(stage("ELIGIBLE", true, true, "COMPLETED", 6, 12, 1)).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void completedOrCancelledPlanWithNoSessionAheadIsDischargedFromCare() {
        assertThat(stage("ELIGIBLE", true, true, "COMPLETED", 6, 12, 0)).isEqualTo(Stage.DISCHARGED_FROM_CARE);
        assertThat(stage("ELIGIBLE", true, false, "CANCELLED", 6, 3, 0)).isEqualTo(Stage.DISCHARGED_FROM_CARE);
    }

    @Test
    void aMissingFactThatDecidesGivesUnknownNeverAGuess() {
        assertThat(stage(null, true, true, "ACTIVE", 6, 2, 1)).isEqualTo(Stage.UNKNOWN);
        assertThat(stage("ELIGIBLE", true, null, "ACTIVE", 6, 2, 1)).isEqualTo(Stage.UNKNOWN);
        assertThat(stage("ELIGIBLE", true, true, null, null, 2, 1)).isEqualTo(Stage.UNKNOWN);
        assertThat(stage("ELIGIBLE", true, true, "ACTIVE", 6, null, null)).isEqualTo(Stage.UNKNOWN);
        assertThat(stage("NOT_SCREENED", null, true, "NONE", null, 0, 0)).isEqualTo(Stage.UNKNOWN);
    }

    @Test
    void aMissingFactThatDoesNotDecideIsNotNeeded() {
        assertThat(stage("ELIGIBLE", true, false, null, null, null, null)).isEqualTo(Stage.CONSENT);
        assertThat(stage("ELIGIBLE", true, true, "NONE", null, null, null)).isEqualTo(Stage.PLANNING);
    }

    @Test
    void theStageNamesTheFactsBehindIt() {
        StageDecision decision = PathwayStages.decide(new StageFacts("ELIGIBLE", true, true, "ACTIVE", 6, 2, 4));
        assertThat(decision.basis()).containsExactly("plan active", "2 of 6 induction doses given");
    }
}
