package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
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

/** Booking and check-in fail closed: consent-service slow (no answer within the timeout) or down is a 503 with Retry-After, never a pass. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(SilentPeer.class)
@TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ConsentServiceUnavailableTest {

    @jakarta.inject.Inject
    io.ketacare.session.SessionFixture fixture;

    @Test
    @Order(0)
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void bookingIs503AndBooksNothingWhenConsentServiceDoesNotAnswerInTime() {
        UUID patient = UUID.randomUUID();
        Instant before = Instant.now();
        api().body(SessionApi.booking(patient, UUID.randomUUID(), room(), "INTRANASAL", freshDay(), 150)).post("/api/v1/sessions").then()
                .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", containsString("dependency-unavailable")).body("detail", containsString("consent-service"));
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(15));
        api().queryParam("patientId", patient).get("/api/v1/sessions").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void checkInIs503WhenConsentServiceDoesNotAnswerInTime() {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
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
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        api().post("/api/v1/sessions/" + id + "/check-in").then().statusCode(503).header("Retry-After", notNullValue());
        api().get("/api/v1/sessions/" + id).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aSeriesBookingIs503WhenConsentServiceIsDown() {
        UUID patient = UUID.randomUUID();
        Instant day = freshDay();
        api().body("{\"patientId\":\"" + patient + "\",\"planId\":\"" + UUID.randomUUID() + "\",\"roomId\":\"" + room()
                        + "\",\"route\":\"INTRANASAL\",\"durationMinutes\":150,\"starts\":[\"" + day + "\",\"" + day.plus(Duration.ofDays(3)) + "\"]}")
                .post("/api/v1/sessions/series").then().statusCode(503).header("Retry-After", notNullValue());
        api().queryParam("patientId", patient).get("/api/v1/sessions").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
