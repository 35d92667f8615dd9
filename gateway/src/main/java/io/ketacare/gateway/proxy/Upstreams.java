package io.ketacare.gateway.proxy;

import io.ketacare.gateway.routing.Service;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One non-blocking HTTP/1.1 client for all services: keep-alive connections, pooled per service,
 * each used on the event loop that opened it. The pool and the queue of calls waiting for it are
 * bounded, and so is every wait: for a connection, for the head of an answer, and for the next bytes
 * on a connection (a connection silent for the idle timeout is closed, which ends the call on it).
 */
@Singleton
public class Upstreams {

    private final HttpClient client;
    private final Map<Service, Upstream> upstreams = new EnumMap<>(Service.class);
    private final long connectTimeoutMillis;
    private final long idleTimeoutMillis;
    private final long readTimeoutMillis;

    public Upstreams(Vertx vertx, ServicesConfig services, ProxyConfig proxy) {
        upstreams.put(Service.PATIENT, Upstream.of(Service.PATIENT, services.patient().url()));
        upstreams.put(Service.CONSENT, Upstream.of(Service.CONSENT, services.consent().url()));
        upstreams.put(Service.SESSION, Upstream.of(Service.SESSION, services.session().url()));
        connectTimeoutMillis = proxy.connectTimeout().toMillis();
        idleTimeoutMillis = proxy.idleTimeout().toMillis();
        readTimeoutMillis = Math.min(proxy.readTimeout().toMillis(), idleTimeoutMillis);
        client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setConnectTimeout((int) connectTimeoutMillis)
                        .setIdleTimeout((int) idleTimeoutMillis)
                        .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                        .setKeepAlive(true)
                        .setPipelining(false)
                        .setTcpNoDelay(true)
                        .setDecompressionSupported(false),
                new PoolOptions()
                        .setHttp1MaxSize(proxy.poolSize())
                        .setMaxWaitQueueSize(proxy.poolWaitQueue()));
    }

    public Upstream of(Service service) {
        return upstreams.get(service);
    }

    /**
     * Opens a request to a service. Fails when no connection is had within the connect timeout, at
     * once when the pool's wait queue is full; the request fails when the head of the answer does not
     * come within the read timeout (reads) or the idle timeout (writes).
     */
    public Future<HttpClientRequest> open(Upstream upstream, HttpMethod method, String target) {
        return client.request(new RequestOptions()
                .setMethod(method)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(target)
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(headTimeoutMillis(method)));
    }

    long headTimeoutMillis(HttpMethod method) {
        return isRead(method) ? readTimeoutMillis : idleTimeoutMillis;
    }

    private static boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
