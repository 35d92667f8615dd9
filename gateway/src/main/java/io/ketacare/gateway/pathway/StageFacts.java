package io.ketacare.gateway.pathway;

/**
 * The facts the stage is read from; a null fact is one whose owner could not be read.
 *
 * @param eligibility the decision in force (ELIGIBLE, INELIGIBLE, NEEDS_REVIEW, NOT_SCREENED)
 * @param hasScores whether any assessment was scored
 * @param consentInForce whether an ACTIVE, current consent exists
 * @param planStatus status of the plan that places the patient: ACTIVE, else PAUSED, else COMPLETED; "NONE" without one
 * @param maintenancePlan whether that plan's schedule is maintenance only (no induction phase)
 * @param inductionSessions sessions of that plan's induction phase
 * @param dosesGiven doses given under that plan
 */
public record StageFacts(String eligibility, Boolean hasScores, Boolean consentInForce, String planStatus, boolean maintenancePlan,
        Integer inductionSessions, Integer dosesGiven) {

    public static final String NO_PLAN = "NONE";
}
