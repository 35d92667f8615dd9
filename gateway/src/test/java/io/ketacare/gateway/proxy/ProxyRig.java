package io.ketacare.gateway.proxy;

import io.ketacare.gateway.correlation.CorrelationHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The gateway's proxy (the real {@link ProxyHandler} and {@link Upstreams} on a real Vert.x HTTP
 * server) in front of a real {@link TestUpstream}, without Quarkus, so that each test chooses its
 * timeouts and pool. It records every exception that escapes the gateway: uncaught ones, and those
 * logged as warnings or errors (besides the gateway's own warnings, which carry no exception).
 */
final class ProxyRig implements AutoCloseable {

    /** The proxy settings of one rig; the record's accessors are those of {@link ProxyConfig}. */
    record Settings(Duration connectTimeout, Duration idleTimeout, Duration readTimeout, int poolSize, int poolWaitQueue)
            implements ProxyConfig {

        /** Short read timeout, long idle timeout (a leaked connection is not freed by it during a test), one connection. */
        static Settings oneConnection() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(120), Duration.ofSeconds(1), 1, 4);
        }

        Settings withReadTimeout(Duration timeout) {
            return new Settings(connectTimeout, idleTimeout, timeout, poolSize, poolWaitQueue);
        }

        Settings withConnectTimeout(Duration timeout) {
            return new Settings(timeout, idleTimeout, readTimeout, poolSize, poolWaitQueue);
        }

        Settings withIdleTimeout(Duration timeout) {
            return new Settings(connectTimeout, timeout, readTimeout, poolSize, poolWaitQueue);
        }

        Settings withPool(int size, int waitQueue) {
            return new Settings(connectTimeout, idleTimeout, readTimeout, size, waitQueue);
        }
    }

    final TestUpstream upstream;
    final List<Throwable> escaped = new CopyOnWriteArrayList<>();

    private final Vertx serviceVertx = Vertx.vertx();
    /** One event loop, so that the pool's bounds are exact (they are shared out among the loops). */
    private final Vertx gatewayVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    private final Upstreams upstreams;
    private final int gatewayPort;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Handler logWatch = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getThrown() != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
                escaped.add(record.getThrown());
            } else if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                escaped.add(new IllegalStateException(record.getLoggerName() + ": " + record.getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    ProxyRig(Settings settings) {
        Logger.getLogger("").addHandler(logWatch);
        gatewayVertx.exceptionHandler(escaped::add);
        upstream = new TestUpstream(serviceVertx);
        HttpServer service = await(serviceVertx.createHttpServer().requestHandler(upstream).listen(0, "127.0.0.1"));
        URI url = URI.create("http://127.0.0.1:" + service.actualPort());
        upstreams = new Upstreams(gatewayVertx, allServicesAt(url), settings);
        Router router = Router.router(gatewayVertx);
        router.route().handler(new CorrelationHandler());
        router.route("/api/v1/*").handler(new ProxyHandler(upstreams));
        gatewayPort = await(gatewayVertx.createHttpServer(new HttpServerOptions().setHttp2ClearTextEnabled(false))
                .requestHandler(router).listen(0, "127.0.0.1")).actualPort();
    }

    /** Every service at the one URL. */
    static ServicesConfig allServicesAt(URI url) {
        ServicesConfig.Endpoint endpoint = () -> url;
        return new ServicesConfig() {
            @Override
            public Endpoint patient() {
                return endpoint;
            }

            @Override
            public Endpoint consent() {
                return endpoint;
            }

            @Override
            public Endpoint session() {
                return endpoint;
            }
        };
    }

    /** The gateway URI of a path at the service, e.g. {@code /hang} becomes {@code /api/v1/patients/p1/hang}. */
    URI uri(String servicePath) {
        return URI.create("http://127.0.0.1:" + gatewayPort + "/api/v1/patients/p1" + servicePath);
    }

    /** The request line's target for a raw socket. */
    String target(String servicePath) {
        return "/api/v1/patients/p1" + servicePath;
    }

    /** A GET through the gateway; fails the test instead of hanging when no answer comes within the bound. */
    HttpResponse<String> get(String servicePath) throws IOException, InterruptedException {
        return client.send(request(servicePath).build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> getAsync(String servicePath) {
        return client.sendAsync(request(servicePath).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String servicePath, String body) throws IOException, InterruptedException {
        return client.send(request(servicePath).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String servicePath) {
        return HttpRequest.newBuilder(uri(servicePath)).timeout(Duration.ofSeconds(30));
    }

    /** A plain TCP connection to the gateway, for callers that misbehave. */
    Socket socket() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), gatewayPort);
        socket.setSoTimeout(30_000);
        return socket;
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(logWatch);
        upstream.release();
        upstreams.close();
        await(gatewayVertx.close());
        await(serviceVertx.close());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
