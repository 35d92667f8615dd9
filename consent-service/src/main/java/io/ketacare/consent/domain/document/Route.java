package io.ketacare.consent.domain.document;

/** Routes of administration a consent can cover and a plan can use. */
public enum Route {
    IV,
    IM,
    ORAL_LOZENGE,
    INTRANASAL
}
