package io.ketacare.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.ketacare.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** CORS is the gateway's: preflights never reach a service, and proxied answers carry the CORS headers. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class CorsTest {

    private static final String FRONT_END = "http://localhost:3000";

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredByTheGateway() {
        given().header("Origin", FRONT_END)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,x-request-id,traceparent")
                .options("/api/v1/patients/p1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("PUT"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("if-match"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("idempotency-key"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("traceparent"))
                .header("X-Upstream", nullValue());
    }

    @Test
    void aPreflightFromAnotherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/patients/p1")
                .then().statusCode(not(equalTo(500)))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("X-Upstream", nullValue());
    }

    @Test
    void aProxiedAnswerCarriesTheGatewaysCorsHeaders() {
        given().header("Origin", "http://127.0.0.1:3000")
                .get("/api/v1/patients/p1")
                .then().statusCode(200)
                .header("X-Upstream", "patient-service")
                .header("Access-Control-Allow-Origin", "http://127.0.0.1:3000")
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("ETag"))
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("Retry-After"));
    }

    @Test
    void aProblemOfTheGatewayCarriesTheCorsHeadersToo() {
        given().header("Origin", FRONT_END)
                .get("/api/v1/consents/c1")
                .then().statusCode(503)
                .header("Access-Control-Allow-Origin", FRONT_END);
    }
}
