package io.ketacare.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.testing.Contracts;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ContractTest {

    @Test
    void publishedContractMatchesTheService() throws Exception {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(Contracts.drift("session-service", generated)).isNull();
    }

    @Test
    void healthIsUpWithoutToken() {
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void apiAnswersNothingWithoutToken() {
        given().get("/api/v1/audit-events").then().statusCode(401).contentType("application/problem+json");
    }
}
