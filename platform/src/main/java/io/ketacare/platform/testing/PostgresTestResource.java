package io.ketacare.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL: the external server when {@code KETACARE_DB_URL}
 * is set (database {@code <service>_test} on it), otherwise an embedded PostgreSQL 17 started for
 * this test run on a free port. The service name comes from the module folder
 * ({@code patient-service} → {@code patient_test}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer embedded;

    @Override
    public Map<String, String> start() {
        String database = testDatabaseName();
        String external = System.getenv("KETACARE_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", external.replaceAll("/+$", "") + "/" + database);
        }
        try {
            Path dataDir = Path.of("target", "test-postgres").toAbsolutePath();
            embedded = PostgresServer.start(dataDir, freePort(), false);
            embedded.ensureDatabase(database);
            return Map.of(
                    "quarkus.datasource.jdbc.url", embedded.jdbcUrl(database),
                    "quarkus.datasource.username", PostgresServer.USER,
                    "quarkus.datasource.password", PostgresServer.PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String testDatabaseName() {
        String module = Path.of("").toAbsolutePath().getFileName().toString();
        return module.replace("-service", "").replaceAll("[^a-z0-9]", "_") + "_test";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
