package io.ketacare.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * What every service proves about itself: its generated OpenAPI is the committed contract, health
 * answers without a token, and the API answers nothing without one. A service's
 * {@code @QuarkusTest ContractTest} extends this and names the service.
 */
public abstract class ServiceContractChecks {

    protected abstract String service();

    @Test
    void publishedContractMatchesTheService() throws Exception {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        String drift = Contracts.drift(service(), generated);
        assertNull(drift, drift);
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
