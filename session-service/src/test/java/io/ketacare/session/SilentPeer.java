package io.ketacare.session;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network peer where consent-service is expected that accepts connections and never answers:
 * what a hung dependency looks like from here. {@link #close()} makes the port refuse connections,
 * like a stopped one.
 */
public class SilentPeer implements QuarkusTestResourceLifecycleManager {

    private static ServerSocket server;
    private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    HELD.add(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-peer");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("quarkus.rest-client.consent-service.url", "http://127.0.0.1:" + server.getLocalPort());
    }

    /** From now on the port refuses connections. */
    public static void close() {
        try {
            server.close();
            for (Socket s : HELD) {
                s.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null && !server.isClosed()) {
            close();
        }
    }
}
