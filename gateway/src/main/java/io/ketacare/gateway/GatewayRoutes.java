package io.ketacare.gateway;

import io.ketacare.gateway.correlation.CorrelationHandler;
import io.ketacare.gateway.proxy.ProxyHandler;
import io.ketacare.gateway.ratelimit.RateLimitHandler;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The gateway's routes on the Quarkus HTTP router: first the request id, on every request, then
 * {@code /api/v1/**} through the caller's rate limit to the owning service (but for the paths the gateway
 * answers itself), and {@code /fhir/**} through the rate limit to the FHIR face. The CORS filter runs before the proxy route, so
 * preflights are answered by the gateway and never reach a service.
 */
@Singleton
public class GatewayRoutes {

    /** Before every other route and filter, so that every answer (preflights, health) carries the request id. */
    static final int CORRELATION_ORDER = -1_000;

    private final ProxyHandler proxy;
    private final RateLimitHandler rateLimit;

    public GatewayRoutes(ProxyHandler proxy, RateLimitHandler rateLimit) {
        this.proxy = proxy;
        this.rateLimit = rateLimit;
    }

    void init(@Observes Router router) {
        router.route().order(CORRELATION_ORDER).handler(new CorrelationHandler());
        router.route("/api/v1/*").handler(rateLimit).handler(proxy);
        router.route("/fhir/*").handler(rateLimit);
    }
}
