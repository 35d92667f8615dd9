package io.ketacare.gateway.proxy;

import io.ketacare.gateway.routing.Service;
import io.netty.channel.EventLoop;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Non-blocking HTTP/1.1 clients to the services: keep-alive connections, pooled per service. Each
 * event loop has its own client, so that a call and its connection share one event loop: a pooled
 * connection opened on another loop would cost a hand-over between threads at every step of every
 * call. The pool and the queue of calls waiting for it are bounded (their sizes shared out among the
 * event loops), and so is every wait: for a connection, for the head of an answer, and for the next
 * bytes on a connection (a connection silent for the idle timeout is closed, which ends the call on it).
 */
@Singleton
public class Upstreams {

    private final Vertx vertx;
    private final HttpClientOptions clientOptions;
    private final PoolOptions poolOptions;
    private final Map<EventLoop, HttpClient> clients = new ConcurrentHashMap<>();
    private final Map<Service, Upstream> upstreams = new EnumMap<>(Service.class);
    private final long connectTimeoutMillis;
    private final long idleTimeoutMillis;
    private final long readTimeoutMillis;

    public Upstreams(Vertx vertx, ServicesConfig services, ProxyConfig proxy) {
        this.vertx = vertx;
        upstreams.put(Service.PATIENT, Upstream.of(Service.PATIENT, services.patient().url()));
        upstreams.put(Service.CONSENT, Upstream.of(Service.CONSENT, services.consent().url()));
        upstreams.put(Service.SESSION, Upstream.of(Service.SESSION, services.session().url()));
        connectTimeoutMillis = proxy.connectTimeout().toMillis();
        idleTimeoutMillis = proxy.idleTimeout().toMillis();
        readTimeoutMillis = Math.min(proxy.readTimeout().toMillis(), idleTimeoutMillis);
        int eventLoops = eventLoops(vertx);
        clientOptions = new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout((int) connectTimeoutMillis)
                .setIdleTimeout((int) idleTimeoutMillis)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setKeepAlive(true)
                .setPipelining(false)
                .setTcpNoDelay(true)
                .setDecompressionSupported(false);
        poolOptions = new PoolOptions()
                .setHttp1MaxSize(sharedOut(proxy.poolSize(), eventLoops))
                .setMaxWaitQueueSize(sharedOut(proxy.poolWaitQueue(), eventLoops));
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
        return client().request(new RequestOptions()
                .setMethod(method)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(target)
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(headTimeoutMillis(method)));
    }

    /** The client of the calling event loop (of the first one, off the event loops). */
    private HttpClient client() {
        ContextInternal context = ContextInternal.current();
        EventLoop loop = context != null ? context.nettyEventLoop() : ((VertxInternal) vertx).getEventLoopGroup().next();
        return clients.computeIfAbsent(loop, l -> vertx.createHttpClient(clientOptions, poolOptions));
    }

    long headTimeoutMillis(HttpMethod method) {
        return isRead(method) ? readTimeoutMillis : idleTimeoutMillis;
    }

    private static boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    /** A total shared out among the event loops, rounded up so that each gets at least one. */
    static int sharedOut(int total, int eventLoops) {
        return Math.max(1, (total + eventLoops - 1) / eventLoops);
    }

    private static int eventLoops(Vertx vertx) {
        int count = 0;
        for (var ignored : ((VertxInternal) vertx).getEventLoopGroup()) {
            count++;
        }
        return Math.max(1, count);
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }
}
