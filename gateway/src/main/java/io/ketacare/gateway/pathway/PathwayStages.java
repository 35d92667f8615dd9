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
        if (f.planStatus() != null && (f.planStatus().equals("COMPLETED") || f.planStatus().equals("CANCELLED"))) {
            if (f.sessionsAhead() == null) {
                return StageDecision.of(Stage.UNKNOWN, "plan " + f.planStatus().toLowerCase() + "; the sessions could not be read");
            }
            if (f.sessionsAhead() == 0) {
                return StageDecision.of(Stage.DISCHARGED_FROM_CARE, "plan " + f.planStatus().toLowerCase(), "no session ahead");
            }
            return f.planStatus().equals("COMPLETED")
                    ? StageDecision.of(Stage.FOLLOW_UP, "plan completed", f.sessionsAhead() + " session(s) ahead")
                    : StageDecision.of(Stage.UNKNOWN, "plan cancelled with sessions still booked");
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
        if (!f.planStatus().equals("ACTIVE")) {
            return StageDecision.of(Stage.PLANNING, "eligible and consented", "no active treatment plan");
        }
        if (f.dosesGiven() == null || f.inductionSessions() == null) {
            return StageDecision.of(Stage.UNKNOWN, "plan active; the doses given could not be read");
        }
        if (f.dosesGiven() < f.inductionSessions()) {
            return StageDecision.of(Stage.INDUCTION, "plan active", f.dosesGiven() + " of " + f.inductionSessions() + " induction doses given");
        }
        return StageDecision.of(Stage.MAINTENANCE, "plan active", "induction done: " + f.dosesGiven() + " doses given");
    }
}
