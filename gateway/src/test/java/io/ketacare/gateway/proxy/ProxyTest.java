package io.ketacare.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.ketacare.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gateway in front of real (fake) services: what passes through, and what is added or kept out. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ProxyTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void statusBodyAndHeadersOfTheServicePassThrough() {
        given().urlEncodingEnabled(false).get("/api/v1/patients/p1?status=404&q=a%20b")
                .then().statusCode(404)
                .contentType("application/json")
                .header("ETag", "\"7\"")
                .header("X-Upstream", "patient-service")
                .body("service", equalTo("patient-service"))
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/patients/p1?status=404&q=a%20b"));
    }

    @Test
    void everyCallerIsToldItsRateLimitBudget() {
        String token = "Bearer " + "x".repeat(30) + java.util.UUID.randomUUID();
        int first = Integer.parseInt(given().header("Authorization", token).get("/api/v1/patients/p1")
                .then().statusCode(200).header("RateLimit-Limit", "6000").extract().header("RateLimit-Remaining"));
        given().header("Authorization", token).get("/api/v1/patients/p1")
                .then().header("RateLimit-Remaining", String.valueOf(first - 1));
    }

    @Test
    void authorizationAndRequestIdAreRelayed() {
        given().header("Authorization", "Bearer token-123").header("X-Request-Id", "req-42")
                .get("/api/v1/patients/p1")
                .then().statusCode(200)
                .header("X-Request-Id", "req-42")
                .body("headers.authorization", equalTo("Bearer token-123"))
                .body("headers.x-request-id", equalTo("req-42"));
    }

    @Test
    void aMissingOrMalformedRequestIdIsGeneratedSentAndEchoed() {
        for (String sent : new String[] {null, "not a valid id"}) {
            var request = given();
            if (sent != null) {
                request.header("X-Request-Id", sent);
            }
            Response response = request.get("/api/v1/patients/p1");
            String requestId = response.header("X-Request-Id");
            assertThat(requestId).matches(UUID);
            assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(requestId);
        }
    }

    @Test
    void traceContextIsForwardedUnchanged() {
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        given().header("traceparent", traceparent).header("tracestate", "ketacare=1")
                .get("/api/v1/sessions")
                .then().statusCode(200)
                .body("headers.traceparent", equalTo(traceparent))
                .body("headers.tracestate", equalTo("ketacare=1"));
    }

    @Test
    void aTraceIsStartedWhenTheCallerHasNone() {
        given().get("/api/v1/sessions")
                .then().statusCode(200)
                .body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void forwardingHeadersAreAddedAndTheHostIsKept() {
        JsonPath echoed = given().header("X-Forwarded-For", "203.0.113.9")
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();

        String host = "localhost:" + RestAssured.port;
        assertThat(echoed.getString("headers.host")).isEqualTo(host);
        assertThat(echoed.getString("headers.x-forwarded-host")).isEqualTo(host);
        assertThat(echoed.getString("headers.x-forwarded-proto")).isEqualTo("http");
        assertThat(echoed.getString("headers.x-forwarded-for")).startsWith("203.0.113.9, ").hasSizeGreaterThan(13);
    }

    @Test
    void hopByHopHeadersAreNotForwardedEitherWay() {
        given().header("Proxy-Authorization", "Basic eDp5").header("TE", "trailers").header("Keep-Alive", "timeout=5")
                .header("X-Kept", "yes")
                .get("/api/v1/patients/p1")
                .then().statusCode(200)
                .header("Proxy-Authenticate", nullValue())
                .header("Access-Control-Allow-Origin", nullValue())
                .body("headers.x-kept", equalTo("yes"))
                .body("headers.proxy-authorization", nullValue())
                .body("headers.te", nullValue())
                .body("headers.keep-alive", nullValue());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/patients/p1, patient-service",
            "/api/v1/audit-events, patient-service",
            "/api/v1/patients/p1/follow-ups, session-service",
            "/api/v1/rooms, session-service",
            "/api/v1/treatment-plans/t1/proposed-sessions, session-service"})
    void eachPathReachesItsOwner(String path, String service) {
        given().get(path).then().statusCode(200).header("X-Upstream", service);
    }
}
