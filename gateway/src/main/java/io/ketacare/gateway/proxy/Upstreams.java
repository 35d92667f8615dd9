package io.ketacare.gateway.proxy;

import io.ketacare.gateway.routing.Service;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/**
 * One non-blocking HTTP client for all services: keep-alive connections, pooled per service,
 * each used on the event loop that opened it.
 */
@Singleton
public class Upstreams {

    private final HttpClient client;
    private final Map<Service, Upstream> upstreams = new EnumMap<>(Service.class);
    private final long connectTimeoutMillis;
    private final long idleTimeoutMillis;

    public Upstreams(Vertx vertx, ServicesConfig services, ProxyConfig proxy) {
        upstreams.put(Service.PATIENT, Upstream.of(Service.PATIENT, services.patient().url()));
        upstreams.put(Service.CONSENT, Upstream.of(Service.CONSENT, services.consent().url()));
        upstreams.put(Service.SESSION, Upstream.of(Service.SESSION, services.session().url()));
        connectTimeoutMillis = proxy.connectTimeout().toMillis();
        idleTimeoutMillis = proxy.idleTimeout().toMillis();
        client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) connectTimeoutMillis)
                        .setKeepAlive(true)
                        .setPipelining(false)
                        .setTcpNoDelay(true)
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(proxy.poolSize()));
    }

    public Upstream of(Service service) {
        return upstreams.get(service);
    }

    /** Opens a request to a service; fails when no connection is had within the connect timeout. */
    public Future<HttpClientRequest> open(Upstream upstream, HttpMethod method, String target) {
        return client.request(new RequestOptions()
                .setMethod(method)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(target)
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(idleTimeoutMillis));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
