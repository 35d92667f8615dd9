package io.ketacare.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The one profile of every {@code @QuarkusTest} here: the gateway in front of {@link FakeServices}. */
public class GatewayTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeServices.class));
    }
}
