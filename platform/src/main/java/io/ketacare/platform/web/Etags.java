package io.ketacare.platform.web;

import io.ketacare.platform.problem.ProblemException;

/** ETags are the quoted version of the aggregate; updates must name the version they read. */
public final class Etags {

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names: 428 when missing, 412 when it names no version. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("unknown");
        }
    }

    /** 412 unless the client read the current version. */
    public static void requireCurrent(long expected, long current) {
        if (expected != current) {
            throw ProblemException.preconditionFailed(of(current));
        }
    }
}
