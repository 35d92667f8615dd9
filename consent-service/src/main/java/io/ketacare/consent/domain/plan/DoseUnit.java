package io.ketacare.consent.domain.plan;

/** How a plan's dose is expressed: per kilogram of the weight of the day, or a fixed amount. */
public enum DoseUnit {
    MG_PER_KG,
    MG
}
