package io.ketacare.gateway.pathway;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a patient stands in the pathway. */
@Schema(name = "PathwayStage", description = """
        Stage of the pathway, from facts only: ASSESSMENT (not screened, no scores yet), SCREENING (not screened yet, \
        or the decision is NEEDS_REVIEW or INELIGIBLE), CONSENT (eligible, no consent in force), PLANNING (consent, no \
        active plan), INDUCTION (active plan, fewer doses than its induction phase), MAINTENANCE (induction done), \
        FOLLOW_UP (plan completed), DISCHARGED_FROM_CARE (plan completed or cancelled, no session ahead), UNKNOWN (a \
        service needed to tell is unavailable)""")
public enum Stage {
    ASSESSMENT,
    SCREENING,
    CONSENT,
    PLANNING,
    INDUCTION,
    MAINTENANCE,
    FOLLOW_UP,
    DISCHARGED_FROM_CARE,
    UNKNOWN
}
