package io.ketacare.gateway.proxy;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged gateway forwards as it does in tests. */
@QuarkusIntegrationTest
class ProxyIT extends ProxyTest {
}
