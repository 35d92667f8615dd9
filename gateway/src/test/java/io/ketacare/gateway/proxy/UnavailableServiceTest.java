package io.ketacare.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.ketacare.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A service that is down or silent gives a 503 problem with Retry-After, never a 500 or a hang. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class UnavailableServiceTest {

    /** Fails the test instead of hanging if the gateway never answers. */
    private static final RestAssuredConfig BOUNDED_WAIT = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 15_000));

    @Test
    void aServiceThatIsDownGivesA503Problem() {
        Response response = given().config(BOUNDED_WAIT).header("X-Request-Id", "down-1")
                .get("/api/v1/consents/c1");

        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .header("X-Request-Id", "down-1")
                .body("type", equalTo("https://ketacare.dev/problems/service-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("detail", startsWith("consent-service is unavailable"))
                .body("instance", equalTo("/api/v1/consents/c1"))
                .body("requestId", equalTo("down-1"));
    }

    @Test
    void aRequestWithABodyToAServiceThatIsDownGivesA503Problem() {
        given().config(BOUNDED_WAIT).contentType("application/json").body("{\"route\":\"IV\"}")
                .post("/api/v1/patients/p1/treatment-plans")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", startsWith("consent-service is unavailable"));
    }

    @Test
    void aServiceThatStaysSilentGivesA503ProblemAfterTheIdleTimeout() {
        Instant start = Instant.now();
        given().config(BOUNDED_WAIT).get("/api/v1/sessions/s1/hang")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", startsWith("session-service is unavailable (it did not answer in time)"));

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPathNoServiceServesGivesA404Problem() {
        Response response = given().get("/api/v1/roomsets/1");

        response.then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ketacare.dev/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/roomsets/1"))
                .body("requestId", equalTo(response.header("X-Request-Id")));
    }
}
