package io.ketacare.gateway.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.ketacare.gateway.correlation.RequestIds;
import io.ketacare.gateway.correlation.TraceParent;
import io.ketacare.gateway.proxy.Upstream;
import io.ketacare.gateway.proxy.Upstreams;
import io.ketacare.gateway.routing.Service;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Non-blocking GETs of JSON from the services, on the gateway's pooled client, with the caller's
 * token, request id and trace context relayed. Each call has one deadline covering connection,
 * answer and body; past it the call fails as unavailable and its request is reset. Nothing is
 * retried and nothing is made up: a failed call is a {@link ServiceException}.
 */
@Singleton
public class ServiceCalls {

    private final Vertx vertx;
    private final Upstreams upstreams;
    private final ObjectMapper json;
    private final ComposeConfig config;

    public ServiceCalls(Vertx vertx, Upstreams upstreams, ObjectMapper json, ComposeConfig config) {
        this.vertx = vertx;
        this.upstreams = upstreams;
        this.json = json;
        this.config = config;
    }

    /** The answer of a service to GET {@code target} (path and query), decoded as {@code type}. */
    public <T> Future<T> get(Service service, String target, CallerContext caller, JavaType type) {
        ObjectReader reader = json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return body(service, target, caller).compose(body -> {
            try {
                return Future.succeededFuture(reader.readValue(body.getBytes()));
            } catch (IOException e) {
                return Future.failedFuture(ServiceException.unavailable(service,
                        service.serviceName() + " answered a body the gateway cannot read: " + e.getMessage()));
            }
        });
    }

    public <T> Future<T> get(Service service, String target, CallerContext caller, Class<T> type) {
        return get(service, target, caller, json.getTypeFactory().constructType(type));
    }

    /**
     * Every item of a paged list ({@code ?page=&size=}), read page after page up to the configured
     * maximum; {@code target} may already carry a query.
     */
    public <T> Future<List<T>> all(Service service, String target, CallerContext caller, Class<T> itemType) {
        JavaType pageType = json.getTypeFactory().constructParametricType(Page.class, itemType);
        return collect(service, target, caller, pageType, 0, new ArrayList<>());
    }

    private <T> Future<List<T>> collect(Service service, String target, CallerContext caller, JavaType pageType, int page, List<T> into) {
        String separator = target.contains("?") ? "&" : "?";
        String pageTarget = target + separator + "page=" + page + "&size=" + config.pageSize();
        return this.<Page<T>>get(service, pageTarget, caller, pageType).compose(result -> {
            into.addAll(result.itemsOrEmpty());
            boolean more = !result.itemsOrEmpty().isEmpty() && into.size() < result.totalItems() && into.size() < config.maxRecords();
            return more ? collect(service, target, caller, pageType, page + 1, into) : Future.succeededFuture(into);
        });
    }

    private Future<Buffer> body(Service service, String target, CallerContext caller) {
        Upstream upstream = upstreams.of(service);
        long timeoutMillis = config.timeout().toMillis();
        Promise<Buffer> result = Promise.promise();
        AtomicReference<HttpClientRequest> open = new AtomicReference<>();
        long timer = vertx.setTimer(timeoutMillis, id -> {
            if (result.tryFail(ServiceException.unavailable(service,
                    service.serviceName() + " did not answer within " + timeoutMillis + " ms"))) {
                HttpClientRequest request = open.get();
                if (request != null) {
                    request.reset();
                }
            }
        });
        upstreams.open(upstream, HttpMethod.GET, upstream.target(target, null))
                .compose(request -> {
                    open.set(request);
                    relay(request, caller);
                    return request.send();
                })
                .compose(response -> response.body().compose(body -> response.statusCode() == 200
                        ? Future.succeededFuture(body)
                        : Future.failedFuture(ServiceException.ofStatus(service, response.statusCode(), target))))
                .onComplete(done -> {
                    vertx.cancelTimer(timer);
                    if (done.succeeded()) {
                        result.tryComplete(done.result());
                    } else {
                        result.tryFail(done.cause() instanceof ServiceException known ? known
                                : ServiceException.unavailable(service, service.serviceName() + " could not be reached"));
                    }
                });
        return result.future();
    }

    private static void relay(HttpClientRequest request, CallerContext caller) {
        request.putHeader(HttpHeaders.ACCEPT, "application/json");
        if (caller.authorization() != null) {
            request.putHeader(HttpHeaders.AUTHORIZATION, caller.authorization());
        }
        request.putHeader(RequestIds.HEADER, caller.requestId() == null ? RequestIds.generate() : caller.requestId());
        request.putHeader(TraceParent.HEADER, caller.traceparent() == null ? TraceParent.generate() : caller.traceparent());
    }
}
