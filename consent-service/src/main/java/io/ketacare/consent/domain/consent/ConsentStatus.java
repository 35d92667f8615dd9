package io.ketacare.consent.domain.consent;

/** Stored states of a consent. EXPIRED is not stored: it is an ACTIVE consent past its expiry. */
public enum ConsentStatus {
    PENDING,
    ACTIVE,
    EXPIRED,
    WITHDRAWN
}
