package io.ketacare.consent.domain.plan;

import java.util.EnumSet;
import java.util.Set;

/** States of a treatment plan and the changes a clinician may make from each. */
public enum PlanStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    COMPLETED,
    CANCELLED;

    /** The states a clinician may move a plan to from this one (activation has its own prerequisites). */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(PAUSED, COMPLETED, CANCELLED);
            case PAUSED -> EnumSet.of(ACTIVE, COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(PlanStatus.class);
        };
    }
}
