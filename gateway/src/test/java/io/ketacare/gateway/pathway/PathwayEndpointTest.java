package io.ketacare.gateway.pathway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The pathway is the gateway's own: answered here, not relayed, and refused without a token. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class PathwayEndpointTest {

    private static final String PATHWAY = "/api/v1/patients/6f1c2b3a-0d4e-4f5a-8b6c-000000000002/pathway";

    @Test
    void anAnonymousCallIs401Problem() {
        given().get(PATHWAY).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ketacare.dev/problems/unauthenticated"))
                .body("instance", equalTo(PATHWAY));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aSchedulerIs403Problem() {
        given().get(PATHWAY).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void aMalformedPatientIdIs404Problem() {
        given().get("/api/v1/patients/not-a-uuid/pathway").then().statusCode(404).contentType("application/problem+json");
    }
}
