package io.ketacare.gateway.proxy;

import io.ketacare.gateway.problem.Problems;
import io.ketacare.gateway.routing.RouteTable;
import io.ketacare.gateway.routing.Service;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Forwards {@code /api/v1/**} to the owning service on the event loop, one {@link Exchange} per call:
 * bodies are streamed both ways with back-pressure and without buffering. A service that cannot be
 * reached, is too busy or stays silent past the timeouts yields a 503 problem; after the answer has
 * started, the caller's connection is closed instead. The paths the gateway answers itself
 * ({@link RouteTable#gatewayOwned}) go on to its own endpoints.
 */
@Singleton
public class ProxyHandler implements Handler<RoutingContext> {

    /** At most one line a second, per service, about calls refused because its pool was full. */
    private static final long REFUSALS_LOG_INTERVAL_MILLIS = 1_000;

    private final RouteTable routes = RouteTable.KETACARE;
    private final Upstreams upstreams;
    private final Refusals refusals = new Refusals(REFUSALS_LOG_INTERVAL_MILLIS);

    public ProxyHandler(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (RouteTable.gatewayOwned(path)) {
            ctx.next();
            return;
        }
        Optional<Service> owner = routes.owner(path);
        if (owner.isEmpty()) {
            Problems.noRoute(ctx, path);
            return;
        }
        HttpServerRequest in = ctx.request();
        MetricsUri.tag(in, path);
        Upstream upstream = upstreams.of(owner.get());
        new Exchange(ctx, upstream.service(), refusals)
                .proceed(upstreams.open(upstream, in.method(), upstream.target(path, in.query())));
    }
}
