package io.ketacare.consent.domain.document;

import java.util.Map;

/** What a published version says: the general sections and one section per covered route. */
public record DocumentContent(String procedure, String risks, String benefits, String alternatives,
        Map<Route, String> routeSections, Integer validityDays, boolean material) {

    /** The protocol default validity of a consent when the author names none. */
    public static final int DEFAULT_VALIDITY_DAYS = 365;

    public int validityOrDefault() {
        return validityDays == null ? DEFAULT_VALIDITY_DAYS : validityDays;
    }
}
