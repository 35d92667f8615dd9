package io.ketacare.consent.domain.plan;

/** States of a treatment plan. */
public enum PlanStatus {
    DRAFT,
    ACTIVE
}
