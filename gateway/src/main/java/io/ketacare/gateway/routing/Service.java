package io.ketacare.gateway.routing;

import java.util.Arrays;
import java.util.Optional;

/** A service behind the gateway, named as in its contract file {@code contracts/<name>.yaml}. */
public enum Service {
    PATIENT("patient-service"),
    CONSENT("consent-service"),
    SESSION("session-service");

    private final String serviceName;

    Service(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }

    public static Optional<Service> byServiceName(String name) {
        return Arrays.stream(values()).filter(service -> service.serviceName.equals(name)).findFirst();
    }
}
