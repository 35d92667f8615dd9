package io.ketacare.gateway.client;

import io.ketacare.gateway.correlation.CorrelationHandler;
import io.ketacare.gateway.correlation.TraceParent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * What the gateway relays to a service on the caller's behalf: the bearer token (the service
 * decides every access rule with it), the request id and the trace context.
 */
public record CallerContext(String authorization, String requestId, String traceparent) {

    /** The caller of the request being handled. */
    public static CallerContext of(RoutingContext ctx) {
        return new CallerContext(ctx.request().getHeader(HttpHeaders.AUTHORIZATION), CorrelationHandler.requestId(ctx),
                ctx.request().getHeader(TraceParent.HEADER));
    }
}
