package io.ketacare.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.ketacare.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Health and metrics answer without a token and do not depend on the services being up. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class OperationsTest {

    @Test
    void healthIsUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void proxiedCallsAreMeasuredWithBoundedUris() {
        given().get("/api/v1/patients/6f1c2b3a-0d4e-4f5a-8b6c-000000000001/conditions").then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/api/v1/patients/{id}/conditions\""))
                .body(not(containsString("6f1c2b3a-0d4e-4f5a-8b6c-000000000001")));
    }

    @Test
    void everyAnswerCarriesARequestId() {
        given().header("X-Request-Id", "ops-1").get("/q/health/ready").then().header("X-Request-Id", "ops-1");
    }
}
