package io.ketacare.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricsUriTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/patients, /api/v1/patients",
            "/api/v1/patients/6f1c2b3a-0d4e-4f5a-8b6c-000000000001, /api/v1/patients/{id}",
            "/api/v1/patients/6F1C2B3A-0D4E-4F5A-8B6C-000000000001/conditions, /api/v1/patients/{id}/conditions",
            "/api/v1/events/42, /api/v1/events/{id}",
            "/api/v1/consent-documents/ketamine-iv/versions, /api/v1/consent-documents/ketamine-iv/versions",
            "/api/v1/rooms/, /api/v1/rooms/"})
    void idSegmentsBecomeAPlaceholder(String path, String template) {
        assertThat(MetricsUri.template(path)).isEqualTo(template);
    }
}
