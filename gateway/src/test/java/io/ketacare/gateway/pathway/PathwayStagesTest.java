package io.ketacare.gateway.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathwayStagesTest {

    private static Stage stage(String eligibility, Boolean scores, Boolean consent, String plan, Integer induction, Integer doses) {
        return PathwayStages.decide(new StageFacts(eligibility, scores, consent, plan, false, induction, doses)).stage();
    }

    @Test
    void notScreenedWithoutScoresIsAssessment() {
        assertThat(stage("NOT_SCREENED", false, false, "NONE", null, 0)).isEqualTo(Stage.ASSESSMENT);
    }

    @Test
    void notScreenedWithScoresIsScreening() {
        assertThat(stage("NOT_SCREENED", true, false, "NONE", null, 0)).isEqualTo(Stage.SCREENING);
    }

    @Test
    void needsReviewAndIneligibleStayInScreening() {
        assertThat(stage("NEEDS_REVIEW", true, true, "ACTIVE", 6, 2)).isEqualTo(Stage.SCREENING);
        assertThat(stage("INELIGIBLE", true, false, "NONE", null, 0)).isEqualTo(Stage.SCREENING);
    }

    @Test
    void eligibleWithoutAConsentInForceIsConsent() {
        assertThat(stage("ELIGIBLE", true, false, "NONE", null, 0)).isEqualTo(Stage.CONSENT);
    }

    @Test
    void consentedWithoutAnActivePlanIsPlanning() {
        assertThat(stage("ELIGIBLE", true, true, "NONE", null, 0)).isEqualTo(Stage.PLANNING);
    }

    @Test
    void activePlanWithFiveOfSixInductionDosesIsStillInduction() {
        assertThat(stage("ELIGIBLE", true, true, "ACTIVE", 6, 5)).isEqualTo(Stage.INDUCTION);
    }

    @Test
    void activePlanWithTheSixthInductionDoseGivenIsMaintenance() {
        assertThat(stage("ELIGIBLE", true, true, "ACTIVE", 6, 6)).isEqualTo(Stage.MAINTENANCE);
    }

    @Test
    void pausedPlanKeepsThePatientInTheirPhaseAndSaysItIsPaused() {
        StageDecision decision = PathwayStages.decide(new StageFacts("ELIGIBLE", true, true, "PAUSED", false, 6, 3));
        assertThat(decision.stage()).isEqualTo(Stage.INDUCTION);
        assertThat(decision.basis()).containsExactly("plan paused", "3 of 6 induction doses given");
    }

    @Test
    void activeMaintenancePlanIsMaintenanceFromItsFirstDose() {
        StageDecision decision = PathwayStages.decide(new StageFacts("ELIGIBLE", true, true, "ACTIVE", true, 0, 0));
        assertThat(decision.stage()).isEqualTo(Stage.MAINTENANCE);
        assertThat(decision.basis()).containsExactly("plan active", "a maintenance plan");
    }

    @Test
    void completedPlanWithNoneActiveOrPausedIsFollowUp() {
        assertThat(stage("ELIGIBLE", true, true, "COMPLETED", 6, 12)).isEqualTo(Stage.FOLLOW_UP);
        assertThat(PathwayStages.decide(new StageFacts("ELIGIBLE", true, true, "COMPLETED", true, 0, 8)).stage()).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void completedPlanIsFollowUpEvenWhenTheConsentHasSinceLapsedOrCannotBeRead() {
        assertThat(stage("ELIGIBLE", true, false, "COMPLETED", 6, 6)).isEqualTo(Stage.FOLLOW_UP);
        assertThat(stage("ELIGIBLE", true, null, "COMPLETED", 6, 6)).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void onlyCancelledOrDraftPlansLeaveTheConsentedPatientInPlanning() {
        assertThat(stage("ELIGIBLE", true, true, StageFacts.NO_PLAN, null, 0)).isEqualTo(Stage.PLANNING);
    }

    @Test
    void aMissingFactThatDecidesGivesUnknownNeverAGuess() {
        assertThat(stage(null, true, true, "ACTIVE", 6, 2)).isEqualTo(Stage.UNKNOWN);
        assertThat(stage("ELIGIBLE", true, null, "ACTIVE", 6, 2)).isEqualTo(Stage.UNKNOWN);
        assertThat(stage("ELIGIBLE", true, true, null, null, 2)).isEqualTo(Stage.UNKNOWN);
        assertThat(stage("ELIGIBLE", true, true, "ACTIVE", 6, null)).isEqualTo(Stage.UNKNOWN);
        assertThat(stage("NOT_SCREENED", null, true, "NONE", null, 0)).isEqualTo(Stage.UNKNOWN);
    }

    @Test
    void aMissingFactThatDoesNotDecideIsNotNeeded() {
        assertThat(stage("ELIGIBLE", true, false, null, null, null)).isEqualTo(Stage.CONSENT);
        assertThat(stage("ELIGIBLE", true, true, "NONE", null, null)).isEqualTo(Stage.PLANNING);
    }

    @Test
    void theStageNamesTheFactsBehindIt() {
        StageDecision decision = PathwayStages.decide(new StageFacts("ELIGIBLE", true, true, "ACTIVE", false, 6, 2));
        assertThat(decision.basis()).containsExactly("plan active", "2 of 6 induction doses given");
    }
}
