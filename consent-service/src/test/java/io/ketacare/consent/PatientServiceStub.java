package io.ketacare.consent;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real, tiny patient-service over HTTP: answers {@code GET /api/v1/patients/{id}/eligibility} with
 * the status a test sets (unknown patients: 404). Tests can take it down and bring it back.
 */
public class PatientServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final Map<UUID, String> STATUS = new ConcurrentHashMap<>();
    private static volatile HttpServer server;
    private static volatile int port;

    public static void eligibility(UUID patientId, String status) {
        STATUS.put(patientId, status);
    }

    public static void down() {
        server.stop(0);
    }

    public static void up() {
        start(port);
    }

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start(port);
        return Map.of("quarkus.rest-client.patient-service.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private static void start(int on) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", on), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/patients/", exchange -> {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            String status = parts.length == 6 && "eligibility".equals(parts[5]) ? STATUS.get(UUID.fromString(parts[4])) : null;
            byte[] body = (status == null ? "{\"type\":\"about:blank\",\"status\":404}"
                    : "{\"patientId\":\"" + parts[4] + "\",\"status\":\"" + status + "\",\"reasons\":"
                            + ("ELIGIBLE".equals(status) ? "[]" : "[{\"code\":\"BLOOD_PRESSURE_ABOVE_LIMIT\",\"message\":\"152/88\"}]")
                            + ",\"stale\":false}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == null ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
