package io.ketacare.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import java.net.URI;

/** Base URL of each service ({@code KETACARE_PATIENT_URL}, {@code KETACARE_CONSENT_URL}, {@code KETACARE_SESSION_URL}). */
@ConfigMapping(prefix = "ketacare.services")
public interface ServicesConfig {

    Endpoint patient();

    Endpoint consent();

    Endpoint session();

    interface Endpoint {
        URI url();
    }
}
