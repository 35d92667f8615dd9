package io.ketacare.gateway.ratelimit;

import io.ketacare.gateway.correlation.CorrelationHandler;
import io.ketacare.gateway.problem.Problem;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives every caller a request budget per minute and tells them where they stand in the
 * RateLimit-Limit/Remaining/Reset headers; past the budget the answer is 429 with Retry-After.
 * A caller is its bearer token (its signature part), or its address when it sends none.
 */
@Singleton
public class RateLimitHandler implements Handler<RoutingContext> {

    private final RateLimiter limiter;

    public RateLimitHandler(@ConfigProperty(name = "ketacare.rate-limit.per-minute") int perMinute) {
        this.limiter = new RateLimiter(perMinute, 60_000);
    }

    @Override
    public void handle(RoutingContext ctx) {
        RateLimiter.Decision decision = limiter.acquire(callerOf(ctx), System.currentTimeMillis());
        HttpServerResponse response = ctx.response();
        response.putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        new Problem(Problem.BASE + "too-many-requests", "Too many requests", 429,
                "More than " + decision.limit() + " requests this minute; retry in " + decision.resetSeconds() + " seconds",
                ctx.normalizedPath(), CorrelationHandler.requestId(ctx))
                .send(response, (int) decision.resetSeconds());
    }

    static String callerOf(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null && authorization.length() > 40) {
            return "token:" + authorization.substring(authorization.length() - 40);
        }
        return "address:" + ctx.request().remoteAddress().hostAddress();
    }
}
