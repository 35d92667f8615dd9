package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.record.TreatmentResistance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The current eligibility: the latest screening's decision (the review's when reviewed), unless the
 * record changed since, which makes an ELIGIBLE or NEEDS_REVIEW decision stale and reads NEEDS_REVIEW
 * with reason RECORD_CHANGED_SINCE_SCREENING. An INELIGIBLE decision stays INELIGIBLE.
 */
public record EligibilityDecision(UUID patientId, EligibilityStatus status, Instant decidedAt, List<Finding> reasons,
        Screening screening, boolean stale, TreatmentResistance treatmentResistance, Instant evaluatedAt) {

    public static final String NOT_SCREENED = "NOT_SCREENED";
    public static final String RECORD_CHANGED_SINCE_SCREENING = "RECORD_CHANGED_SINCE_SCREENING";
    static final int MAX_MESSAGE = 500;

    public static EligibilityDecision notScreened(UUID patientId, TreatmentResistance resistance, Instant now) {
        return new EligibilityDecision(patientId, EligibilityStatus.NOT_SCREENED, null,
                List.of(new Finding(NOT_SCREENED, null, null, "no screening on record; a screening decides eligibility")),
                null, false, resistance, now);
    }

    public static EligibilityDecision of(Screening screening, List<String> changesSinceDecision, TreatmentResistance resistance,
            Instant now) {
        Outcome decision = screening.decision();
        boolean stale = !changesSinceDecision.isEmpty();
        List<Finding> reasons = new ArrayList<>();
        if (stale) {
            String message = "the record changed after the decision of " + screening.decidedAt() + ": "
                    + String.join("; ", changesSinceDecision) + ". Screen again to decide anew.";
            reasons.add(new Finding(RECORD_CHANGED_SINCE_SCREENING, RuleEffect.NEEDS_REVIEW, Determination.PRESENT,
                    message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 3) + "..."));
        }
        reasons.addAll(screening.findingList());
        EligibilityStatus status = stale && decision != Outcome.INELIGIBLE
                ? EligibilityStatus.NEEDS_REVIEW
                : EligibilityStatus.valueOf(decision.name());
        return new EligibilityDecision(screening.patientId, status, screening.decidedAt(), reasons, screening, stale, resistance, now);
    }
}
