package io.ketacare.gateway.pathway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.ketacare.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * With consent-service down (the test profile points it at a closed port), the pathway is still
 * answered, and its consent and plan parts say they are unavailable and why, with nothing else.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class PathwayWithAServiceDownTest {

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void theConsentAndPlanPartsSayConsentServiceIsUnavailable() {
        given().get("/api/v1/patients/6f1c2b3a-0d4e-4f5a-8b6c-000000000002/pathway").then().statusCode(200)
                .body("consent.status", equalTo("UNAVAILABLE"))
                .body("consent.reason", equalTo("consent-service could not be reached"))
                .body("consent", aMapWithSize(2))
                .body("plan.status", equalTo("UNAVAILABLE"))
                .body("plan.reason", startsWith("consent-service"))
                .body("plan", aMapWithSize(2));
    }
}
