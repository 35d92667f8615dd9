package io.ketacare.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts real HTTP servers on free ports as patient-service and session-service, and points
 * consent-service at a closed port, so that the gateway meets a service that is down.
 * The idle timeout is shortened so that a silent service is detected quickly.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    public static final String IDLE_TIMEOUT = "4s";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "ketacare.services.patient.url", "http://127.0.0.1:" + listen(new FakeService("patient-service")),
                "ketacare.services.session.url", "http://127.0.0.1:" + listen(new FakeService("session-service")),
                "ketacare.services.consent.url", "http://127.0.0.1:" + closedPort(),
                "ketacare.proxy.idle-timeout", IDLE_TIMEOUT);
    }

    private int listen(FakeService service) {
        try {
            HttpServer server = vertx.createHttpServer().requestHandler(service)
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return server.actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("fake service did not start", e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
