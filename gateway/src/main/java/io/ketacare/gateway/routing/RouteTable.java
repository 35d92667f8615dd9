package io.ketacare.gateway.routing;

import static io.ketacare.gateway.routing.Service.CONSENT;
import static io.ketacare.gateway.routing.Service.PATIENT;
import static io.ketacare.gateway.routing.Service.SESSION;

import java.util.List;
import java.util.Optional;

/**
 * Which service owns a path under {@code /api/v1}. Order matters: the first matching route
 * wins, so the sub-resources that another service owns come before the catch-all
 * {@code /api/v1/patients**} of patient-service.
 */
public final class RouteTable {

    /** One entry of the table. */
    public record Route(PathPattern pattern, Service service) {
    }

    public static final RouteTable KETACARE = new RouteTable(List.of(
            route("/api/v1/rooms**", SESSION),
            route("/api/v1/sessions**", SESSION),
            route("/api/v1/rems-reports**", SESSION),
            route("/api/v1/session-protocols**", SESSION),
            route("/api/v1/patients/{id}/follow-ups**", SESSION),
            route("/api/v1/treatment-plans/{id}/proposed-sessions**", SESSION),

            route("/api/v1/consent-documents**", CONSENT),
            route("/api/v1/consents**", CONSENT),
            route("/api/v1/treatment-plans**", CONSENT),
            route("/api/v1/events**", CONSENT),
            route("/api/v1/patients/{id}/consents**", CONSENT),
            route("/api/v1/patients/{id}/treatment-plans**", CONSENT),
            route("/api/v1/patients/{id}/rems-enrollment**", CONSENT),
            route("/api/v1/patients/{id}/treatment-authorization**", CONSENT),

            route("/api/v1/patients**", PATIENT),
            // For now the audit trail of patient-service; a trail merged across services is future work.
            route("/api/v1/audit-events**", PATIENT)));

    /** Paths under {@code /api/v1} that the gateway answers itself: composed views, no service owns them. */
    public static final List<PathPattern> GATEWAY_OWNED = List.of(PathPattern.of("/api/v1/patients/{id}/pathway"));

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Route route(String pattern, Service service) {
        return new Route(PathPattern.of(pattern), service);
    }

    /** The owner of a (normalized) request path, empty when no service serves it. */
    public Optional<Service> owner(String path) {
        String[] segments = PathPattern.split(path);
        for (Route route : routes) {
            if (route.pattern().matches(segments)) {
                return Optional.of(route.service());
            }
        }
        return Optional.empty();
    }

    /** Whether the gateway answers this (normalized) path itself. */
    public static boolean gatewayOwned(String path) {
        String[] segments = PathPattern.split(path);
        return GATEWAY_OWNED.stream().anyMatch(pattern -> pattern.matches(segments));
    }

    public List<Route> routes() {
        return routes;
    }
}
