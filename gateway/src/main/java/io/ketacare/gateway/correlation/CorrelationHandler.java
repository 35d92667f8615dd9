package io.ketacare.gateway.correlation;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;

/**
 * Runs first on every request: settles its request id, puts it into the log context under
 * {@code requestId} and onto the response as {@code X-Request-Id}.
 */
public final class CorrelationHandler implements Handler<RoutingContext> {

    public static final String MDC_KEY = "requestId";

    private static final String CONTEXT_KEY = CorrelationHandler.class.getName() + ".requestId";

    @Override
    public void handle(RoutingContext ctx) {
        String requestId = RequestIds.acceptOrGenerate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(CONTEXT_KEY, requestId);
        MDC.put(MDC_KEY, requestId);
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        ctx.next();
    }

    /** The request id settled for this request. */
    public static String requestId(RoutingContext ctx) {
        String requestId = ctx.get(CONTEXT_KEY);
        return requestId != null ? requestId : RequestIds.acceptOrGenerate(ctx.request().getHeader(RequestIds.HEADER));
    }
}
