package io.ketacare.gateway;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The merged document of the packaged gateway: what the build puts into the jar is what is served. */
@QuarkusIntegrationTest
class OpenApiIT extends OpenApiTest {
}
