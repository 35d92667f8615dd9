package io.ketacare.gateway.problem;

import io.ketacare.gateway.correlation.CorrelationHandler;
import io.ketacare.gateway.routing.Service;
import io.vertx.ext.web.RoutingContext;

/** The few problems the gateway answers itself. */
public final class Problems {

    /** Seconds a client should wait before retrying a call to an unavailable service. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Problems() {
    }

    public static void noRoute(RoutingContext ctx, String path) {
        new Problem(Problem.BASE + "not-found", "Not found", 404,
                "No KetaCare service serves " + path, path, CorrelationHandler.requestId(ctx))
                .send(ctx.response(), null);
    }

    public static void unavailable(RoutingContext ctx, Service service, boolean timedOut) {
        String reason = timedOut ? "it did not answer in time" : "it could not be reached";
        new Problem(Problem.BASE + "service-unavailable", "Service unavailable", 503,
                service.serviceName() + " is unavailable (" + reason + "); retry in "
                        + RETRY_AFTER_SECONDS + " seconds",
                ctx.normalizedPath(), CorrelationHandler.requestId(ctx))
                .send(ctx.response(), RETRY_AFTER_SECONDS);
    }
}
