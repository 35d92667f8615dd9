package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.book;
import static io.ketacare.session.api.SessionApi.freshDay;
import static io.ketacare.session.api.SessionApi.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.SilentPeer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Check-in fails closed: consent-service slow (no answer within the timeout) or down is a 503 with Retry-After, never a pass. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(SilentPeer.class)
@TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ConsentServiceUnavailableTest {

    @Test
    @Order(1)
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void checkInIs503WhenConsentServiceDoesNotAnswerInTime() {
        String id = book(UUID.randomUUID(), room(), freshDay());
        Instant before = Instant.now();
        api().post("/api/v1/sessions/" + id + "/check-in").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("type", containsString("dependency-unavailable"))
                .body("detail", containsString("consent-service"));
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(15));
        api().get("/api/v1/sessions/" + id).then().statusCode(200).body("status", equalTo("SCHEDULED"))
                .body("authorizationStatus", equalTo("UNVERIFIED"));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void checkInIs503WhenConsentServiceIsDown() {
        SilentPeer.close();
        String id = book(UUID.randomUUID(), room(), freshDay());
        api().post("/api/v1/sessions/" + id + "/check-in").then().statusCode(503).header("Retry-After", notNullValue());
        api().get("/api/v1/sessions/" + id).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }
}
