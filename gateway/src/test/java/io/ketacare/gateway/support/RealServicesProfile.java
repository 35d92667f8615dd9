package io.ketacare.gateway.support;

import io.ketacare.platform.testing.RealServices;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * The gateway in front of the real, packaged patient-service and consent-service (each on its own
 * PostgreSQL, trusting this test's OIDC server); session-service is not started, so its parts are
 * unavailable.
 */
public class RealServicesProfile implements QuarkusTestProfile {

    public static final String SERVICES = "patient-service,consent-service";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RealServices.class, Map.of(RealServices.SERVICES, SERVICES)));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // a cold service on a busy test machine may take seconds over its first calls
        return Map.of("ketacare.services.session.url", "http://127.0.0.1:" + closedPort(),
                "ketacare.compose.timeout", "20s");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
