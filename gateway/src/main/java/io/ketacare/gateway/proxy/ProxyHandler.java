package io.ketacare.gateway.proxy;

import io.ketacare.gateway.correlation.CorrelationHandler;
import io.ketacare.gateway.problem.Problems;
import io.ketacare.gateway.routing.RouteTable;
import io.ketacare.gateway.routing.Service;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Forwards {@code /api/v1/**} to the owning service on the event loop: the request body is piped
 * to the service and the response body back to the caller, with back-pressure and without
 * buffering. A service that cannot be reached or stays silent past the timeouts yields a 503
 * problem; after the response has started, the caller's connection is reset instead. The paths the
 * gateway answers itself ({@link RouteTable#gatewayOwned}) go on to its own endpoints.
 */
@Singleton
public class ProxyHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ProxyHandler.class);

    private final RouteTable routes = RouteTable.KETACARE;
    private final Upstreams upstreams;

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
        in.pause();
        Upstream upstream = upstreams.of(owner.get());
        upstreams.open(upstream, in.method(), upstream.target(path, in.query()))
                .compose(out -> exchange(ctx, out))
                .onFailure(failure -> failed(ctx, upstream.service(), failure));
    }

    private Future<Void> exchange(RoutingContext ctx, HttpClientRequest out) {
        HttpServerRequest in = ctx.request();
        ProxyHeaders.toService(in, out, CorrelationHandler.requestId(ctx));
        ctx.addEndHandler(done -> {
            if (done.failed()) {
                out.reset();
            }
        });
        return send(in, out)
                .compose(response -> relay(in, response, ctx.response()))
                .onFailure(failure -> out.reset(0, failure));
    }

    private static Future<HttpClientResponse> send(HttpServerRequest in, HttpClientRequest out) {
        if (!ProxyHeaders.hasBody(in)) {
            in.resume();
            return out.send();
        }
        if (ProxyHeaders.expectsContinue(in)) {
            in.response().writeContinue();
        }
        return out.send(in);
    }

    private static Future<Void> relay(HttpServerRequest in, HttpClientResponse upstream, HttpServerResponse response) {
        ProxyHeaders.toCaller(upstream, response, in.method());
        // A body cut short must not look complete: on failure the connection is reset, not ended.
        return upstream.pipe().endOnFailure(false).to(response);
    }

    private void failed(RoutingContext ctx, Service service, Throwable failure) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            LOG.warnf("%s failed mid-response for %s %s: %s", service.serviceName(),
                    ctx.request().method(), ctx.normalizedPath(), failure.toString());
            response.reset();
            return;
        }
        boolean timedOut = failure instanceof TimeoutException || failure instanceof ConnectTimeoutException;
        LOG.warnf("%s unavailable for %s %s: %s", service.serviceName(),
                ctx.request().method(), ctx.normalizedPath(), failure.toString());
        ctx.request().resume();
        Problems.unavailable(ctx, service, timedOut);
    }
}
