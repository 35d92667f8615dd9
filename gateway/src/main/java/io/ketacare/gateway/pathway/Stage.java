package io.ketacare.gateway.pathway;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a patient stands in the pathway. */
@Schema(name = "PathwayStage", description = """
        Stage of the pathway, from facts only: ASSESSMENT (not screened, no scores yet), SCREENING (not screened yet, \
        or the decision is NEEDS_REVIEW or INELIGIBLE), CONSENT (eligible, no consent in force), PLANNING (consent, no \
        active or paused plan), INDUCTION (active or paused plan, fewer doses than its induction phase), MAINTENANCE \
        (induction done, or a maintenance plan), FOLLOW_UP (a plan completed and none active or paused), UNKNOWN (a \
        service needed to tell is unavailable)""")
public enum Stage {
    ASSESSMENT,
    SCREENING,
    CONSENT,
    PLANNING,
    INDUCTION,
    MAINTENANCE,
    FOLLOW_UP,
    UNKNOWN
}
