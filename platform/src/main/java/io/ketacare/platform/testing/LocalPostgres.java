package io.ketacare.platform.testing;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL of the local stack until stopped:
 * {@code LocalPostgres <data-dir> <port> <database>...}. Started and stopped by {@code ./ketacare}.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LocalPostgres <data-dir> <port> <database>...");
            System.exit(2);
        }
        PostgresServer server = PostgresServer.start(Path.of(args[0]), Integer.parseInt(args[1]), true);
        for (int i = 2; i < args.length; i++) {
            server.ensureDatabase(args[i]);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("PostgreSQL ready on port " + server.port());
        new CountDownLatch(1).await();
    }
}
