package io.ketacare.gateway.pathway;

/**
 * The facts the stage is read from; a null fact is one whose owner could not be read.
 *
 * @param eligibility the decision in force (ELIGIBLE, INELIGIBLE, NEEDS_REVIEW, NOT_SCREENED)
 * @param hasScores whether any assessment was scored
 * @param consentInForce whether an ACTIVE, current consent exists
 * @param planStatus status of the patient's latest plan (ACTIVE, COMPLETED, CANCELLED), or "NONE"
 * @param inductionSessions sessions of the plan's induction phase
 * @param dosesGiven doses given under the plan
 * @param sessionsAhead sessions booked and not yet ended
 */
public record StageFacts(String eligibility, Boolean hasScores, Boolean consentInForce, String planStatus, Integer inductionSessions,
        Integer dosesGiven, Integer sessionsAhead) {

    public static final String NO_PLAN = "NONE";
}
