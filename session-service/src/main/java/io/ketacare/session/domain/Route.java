package io.ketacare.session.domain;

/** Routes of administration, as consent-service names them. */
public enum Route {
    IV,
    IM,
    ORAL_LOZENGE,
    INTRANASAL
}
