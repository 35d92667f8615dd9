package io.ketacare.session.domain.predose;

/** Result of the pre-dose pregnancy test. */
public enum PregnancyTest {
    NEGATIVE,
    POSITIVE,
    NOT_DONE,
    NOT_APPLICABLE
}
