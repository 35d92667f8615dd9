package io.ketacare.gateway.proxy;

import io.ketacare.gateway.correlation.CorrelationHandler;
import io.ketacare.gateway.problem.Problems;
import io.ketacare.gateway.routing.Service;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * One call through the gateway, from the caller's request to the end of the service's answer, on the
 * caller's event loop. The request body is relayed to the service and the answer back to the caller
 * with back-pressure and without buffering.
 *
 * <p>Every exchange ends exactly once, by the first of: the answer relayed to its end; the caller gone
 * (at any point: waiting for a connection, uploading, downloading); the service unreachable, too busy
 * or too slow; the service breaking off its answer. Unless the answer was relayed to its end, the
 * request to the service is reset, which gives its pooled connection back (or closes it when the
 * service was still answering). The caller gets a 503 problem only while nothing of the service's
 * answer was passed on and its connection is open; an answer cut short closes the caller's connection,
 * so that it does not look complete; the response of a caller that is gone is left alone.
 */
final class Exchange {

    private static final Logger LOG = Logger.getLogger(Exchange.class);

    private final RoutingContext ctx;
    private final HttpServerRequest in;
    private final HttpServerResponse response;
    private final Service service;
    private final Refusals refusals;
    private HttpClientRequest out;
    private boolean relaying;
    private boolean ended;

    /** Starts an exchange: holds the caller's body back until the service can take it, and watches for the caller leaving. */
    Exchange(RoutingContext ctx, Service service, Refusals refusals) {
        this.ctx = ctx;
        this.in = ctx.request();
        this.response = ctx.response();
        this.service = service;
        this.refusals = refusals;
        in.pause();
        ctx.addEndHandler(end -> {
            if (end.failed()) {
                callerGone(end.cause());
            }
        });
    }

    /** Continues once a connection to the service is had, or the service cannot be had. */
    void proceed(Future<HttpClientRequest> opening) {
        opening.onComplete(opened -> {
            if (opened.succeeded()) {
                send(opened.result());
            } else {
                fail(opened.cause());
            }
        });
    }

    private void send(HttpClientRequest request) {
        out = request;
        out.exceptionHandler(this::fail);
        if (ended) {
            out.reset(0, new IllegalStateException("the caller left while a connection was awaited"));
            return;
        }
        ProxyHeaders.toService(in, out, CorrelationHandler.requestId(ctx));
        out.response().onComplete(answer -> {
            if (answer.succeeded()) {
                relay(answer.result());
            } else {
                fail(answer.cause());
            }
        });
        if (!ProxyHeaders.hasBody(in)) {
            in.resume();
            out.end();
            return;
        }
        if (ProxyHeaders.expectsContinue(in)) {
            response.writeContinue();
        }
        if (!out.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            out.setChunked(true);
        }
        // A body cut short must not reach the service as complete: on failure the request is reset, not ended.
        in.pipe().endOnFailure(false).to(out).onFailure(this::fail);
    }

    private void relay(HttpClientResponse answer) {
        if (ended) {
            return;
        }
        relaying = true;
        ProxyHeaders.toCaller(answer, response, in.method());
        answer.exceptionHandler(this::fail);
        answer.handler(chunk -> {
            response.write(chunk).onFailure(this::callerGone);
            if (response.writeQueueFull()) {
                answer.pause();
                response.drainHandler(drained -> answer.resume());
            }
        });
        answer.endHandler(done -> {
            if (end()) {
                response.end();
            }
        });
    }

    /** The caller went away: the call to the service is abandoned; there is nobody to answer. */
    private void callerGone(Throwable cause) {
        if (!end()) {
            return;
        }
        LOG.debugf("The caller left %s %s before the answer of %s was relayed: %s", in.method(), ctx.normalizedPath(),
                service.serviceName(), cause);
        if (out != null) {
            out.reset(0, cause);
        }
    }

    /** The service could not be had, was too slow, or failed; so did the caller's upload, when that came first. */
    private void fail(Throwable failure) {
        if (!end()) {
            return;
        }
        if (out != null) {
            out.reset(0, failure);
        }
        if (!callerConnected()) {
            return;
        }
        if (relaying) {
            LOG.warnf("%s broke off its answer to %s %s: %s", service.serviceName(), in.method(), ctx.normalizedPath(), failure);
            response.reset();
            return;
        }
        if (failure instanceof ConnectionPoolTooBusyException) {
            refusals.refused(service);
        } else {
            LOG.warnf("%s unavailable for %s %s: %s", service.serviceName(), in.method(), ctx.normalizedPath(), failure);
        }
        in.resume();
        Problems.unavailable(ctx, service, timedOut(failure));
    }

    private static boolean timedOut(Throwable failure) {
        return failure instanceof TimeoutException || failure instanceof ConnectTimeoutException
                || failure instanceof ConnectionPoolTooBusyException;
    }

    /** Whether the caller's connection is still open, and the answer to it neither sent nor ended. */
    private boolean callerConnected() {
        if (response.closed() || response.ended()) {
            return false;
        }
        // The connection may be closed already while the response does not know it yet (a failed write is
        // reported before the close): writing to it then would fail inside the network layer.
        return !(in.connection() instanceof ConnectionBase connection) || connection.channel().isActive();
    }

    /** Marks the exchange ended; false when it had ended already. */
    private boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        return true;
    }
}
