package io.ketacare.gateway.routing;

/**
 * A path pattern of the route table, such as {@code /api/v1/patients/{id}/follow-ups**}: literal
 * segments match themselves, a {@code {name}} segment matches any one non-empty segment, and a
 * trailing {@code **} matches the rest of the path, nothing included. {@code /api/v1/rooms**}
 * matches {@code /api/v1/rooms} and {@code /api/v1/rooms/r1}, not {@code /api/v1/roomsets}.
 */
public final class PathPattern {

    private static final String ANY_REST = "**";

    private final String pattern;
    private final String[] segments;
    private final boolean prefix;

    private PathPattern(String pattern, String[] segments, boolean prefix) {
        this.pattern = pattern;
        this.segments = segments;
        this.prefix = prefix;
    }

    public static PathPattern of(String pattern) {
        boolean prefix = pattern.endsWith(ANY_REST);
        String fixed = prefix ? pattern.substring(0, pattern.length() - ANY_REST.length()) : pattern;
        return new PathPattern(pattern, split(fixed), prefix);
    }

    /** Splits a path into segments; the leading empty segment and a trailing slash are dropped. */
    public static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }

    public boolean matches(String[] path) {
        if (path.length < segments.length || (!prefix && path.length != segments.length)) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            if (!matchesSegment(segments[i], path[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesSegment(String pattern, String actual) {
        if (pattern.startsWith("{") && pattern.endsWith("}")) {
            return !actual.isEmpty();
        }
        return pattern.equals(actual);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
