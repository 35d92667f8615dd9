package io.ketacare.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.gateway.routing.Service;
import java.net.URI;
import org.junit.jupiter.api.Test;

class UpstreamTest {

    @Test
    void aPlainBaseUrl() {
        Upstream upstream = Upstream.of(Service.PATIENT, URI.create("http://127.0.0.1:8081"));

        assertThat(upstream).isEqualTo(new Upstream(Service.PATIENT, "127.0.0.1", 8081, false, ""));
        assertThat(upstream.target("/api/v1/patients", "q=smith&page=0")).isEqualTo("/api/v1/patients?q=smith&page=0");
        assertThat(upstream.target("/api/v1/patients", null)).isEqualTo("/api/v1/patients");
    }

    @Test
    void aBaseUrlWithPathAndDefaultHttpsPort() {
        Upstream upstream = Upstream.of(Service.CONSENT, URI.create("https://consent.internal/ketacare/"));

        assertThat(upstream).isEqualTo(new Upstream(Service.CONSENT, "consent.internal", 443, true, "/ketacare"));
        assertThat(upstream.target("/api/v1/consents", null)).isEqualTo("/ketacare/api/v1/consents");
    }
}
