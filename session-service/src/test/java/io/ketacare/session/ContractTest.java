package io.ketacare.session;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.testing.ServiceContractChecks;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ContractTest extends ServiceContractChecks {

    @Override
    protected String service() {
        return "session-service";
    }
}
