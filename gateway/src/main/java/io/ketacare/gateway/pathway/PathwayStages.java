package io.ketacare.gateway.pathway;

/**
 * Reads the pathway stage from facts, in pathway order; where a fact that decides is missing (its
 * owner unavailable), the stage is UNKNOWN rather than guessed. The gateway holds no clinical rule:
 * eligibility, consent currency and plan status are the owners' answers.
 */
public final class PathwayStages {

    private PathwayStages() {
    }

    public static StageDecision decide(StageFacts f) {
        if (f.eligibility() == null) {
            return StageDecision.of(Stage.UNKNOWN, "eligibility could not be read");
        }
        switch (f.eligibility()) {
            case "NOT_SCREENED" -> {
                if (f.hasScores() == null) {
                    return StageDecision.of(Stage.UNKNOWN, "not screened; the scores could not be read");
                }
                return f.hasScores()
                        ? StageDecision.of(Stage.SCREENING, "scored, not screened yet")
                        : StageDecision.of(Stage.ASSESSMENT, "no score and no screening yet");
            }
            case "NEEDS_REVIEW" -> {
                return StageDecision.of(Stage.SCREENING, "the screening needs a clinician's review");
            }
            case "INELIGIBLE" -> {
                return StageDecision.of(Stage.SCREENING, "screened ineligible");
            }
            case "ELIGIBLE" -> {
                return afterEligibility(f);
            }
            default -> {
                return StageDecision.of(Stage.UNKNOWN, "eligibility " + f.eligibility() + " is not known to the gateway");
            }
        }
    }

    private static StageDecision afterEligibility(StageFacts f) {
        if ("COMPLETED".equals(f.planStatus())) {
            return StageDecision.of(Stage.FOLLOW_UP, "plan completed", "no active or paused plan");
        }
        if (f.consentInForce() == null) {
            return StageDecision.of(Stage.UNKNOWN, "eligible; the consents could not be read");
        }
        if (!f.consentInForce()) {
            return StageDecision.of(Stage.CONSENT, "eligible", "no active, current consent");
        }
        if (f.planStatus() == null) {
            return StageDecision.of(Stage.UNKNOWN, "eligible and consented; the plans could not be read");
        }
        if (!f.planStatus().equals("ACTIVE") && !f.planStatus().equals("PAUSED")) {
            return StageDecision.of(Stage.PLANNING, "eligible and consented", "no active treatment plan");
        }
        String plan = "plan " + f.planStatus().toLowerCase();
        if (f.maintenancePlan()) {
            return StageDecision.of(Stage.MAINTENANCE, plan, "a maintenance plan");
        }
        if (f.dosesGiven() == null || f.inductionSessions() == null) {
            return StageDecision.of(Stage.UNKNOWN, plan + "; the doses given could not be read");
        }
        if (f.dosesGiven() < f.inductionSessions()) {
            return StageDecision.of(Stage.INDUCTION, plan, f.dosesGiven() + " of " + f.inductionSessions() + " induction doses given");
        }
        return StageDecision.of(Stage.MAINTENANCE, plan, "induction done: " + f.dosesGiven() + " doses given");
    }
}
