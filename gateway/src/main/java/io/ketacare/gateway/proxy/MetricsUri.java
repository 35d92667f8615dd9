package io.ketacare.gateway.proxy;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;

/**
 * Gives the HTTP server metrics a bounded {@code uri} tag for proxied calls: id segments (UUIDs,
 * numbers) become {@code {id}}, so {@code /api/v1/patients/6f1c…/conditions} is counted as
 * {@code /api/v1/patients/{id}/conditions}.
 */
final class MetricsUri {

    /** The context key the Quarkus HTTP metrics read the URI template from. */
    private static final String TEMPLATE_KEY = "UrlPathTemplate";

    private MetricsUri() {
    }

    static void tag(HttpServerRequest request, String path) {
        if (request instanceof HttpServerRequestInternal internal && internal.context() != null) {
            internal.context().putLocal(TEMPLATE_KEY, template(path));
        }
    }

    static String template(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (isId(segments[i])) {
                segments[i] = "{id}";
            }
        }
        return String.join("/", segments);
    }

    private static boolean isId(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        if (segment.length() == 36 && segment.charAt(8) == '-' && segment.charAt(13) == '-') {
            return segment.chars().allMatch(c -> c == '-' || Character.digit(c, 16) >= 0);
        }
        return segment.chars().allMatch(Character::isDigit);
    }
}
