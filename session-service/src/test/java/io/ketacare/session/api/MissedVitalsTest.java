package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.VitalsResourceTest.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.SessionFixture;
import io.ketacare.session.TestClock;
import io.ketacare.session.domain.monitoring.MissedVitals;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Missed vitals of an intranasal session (protocol v1: vitals at 0 and 40 min after the dose start, ± 5 min): the
 * monitoring record shows each time point's state, and the sweep raises one MISSED_VITALS alert per missed point.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class MissedVitalsTest {

    @Inject
    SessionFixture fixture;

    @Inject
    MissedVitals missedVitals;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** The service's clock moved to {@code at}. */
    static void clockAt(Instant at) {
        TestClock.reset();
        TestClock.advance(Duration.between(Instant.now(), at));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void theFortyMinuteVitalsAreNotMissedAt44Minutes59SecondsAndAreMissedWithOneAlertAt45Minutes1Second() {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        Instant doseStart = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        fixture.monitoring(UUID.fromString(id), doseStart, doseStart.plus(Duration.ofMinutes(5)));
        api().body("{\"readings\":[" + reading("m:0", doseStart, 128, 82, 76, 98) + "]}").post("/api/v1/sessions/" + id + "/vitals")
                .then().statusCode(200);

        clockAt(doseStart.plus(Duration.ofMinutes(44)).plusSeconds(59));
        missedVitals.sweep(UUID.fromString(id));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("vitalsSchedule.state", contains("MET", "DUE"))
                .body("vitalsSchedule[1].dueAt", equalTo(doseStart.plus(Duration.ofMinutes(40)).toString()))
                .body("alerts", empty());

        clockAt(doseStart.plus(Duration.ofMinutes(45)).plusSeconds(1));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("vitalsSchedule.state", contains("MET", "MISSED")).body("alerts", empty());
        assertThat(missedVitals.sweep()).isPositive();
        assertThat(missedVitals.sweep(UUID.fromString(id))).as("a missed time point is alerted once").isZero();
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("alerts.kind", contains("MISSED_VITALS"))
                .body("alerts[0].dueAt", equalTo(doseStart.plus(Duration.ofMinutes(40)).toString()))
                .body("alerts[0].message", containsString("40 min after the dose start"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aReadingChartedLateWithinTheGraceMinutesMeetsTheTimePointAndNoAlertIsRaised() {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        Instant doseStart = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        fixture.monitoring(UUID.fromString(id), doseStart, doseStart.plus(Duration.ofMinutes(5)));
        clockAt(doseStart.plus(Duration.ofMinutes(50)));
        api().body("{\"readings\":[" + reading("m:0", doseStart.plusSeconds(30), 128, 82, 76, 98) + ","
                        + reading("m:40", doseStart.plus(Duration.ofMinutes(45)), 126, 80, 74, 98) + "]}")
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200);
        assertThat(missedVitals.sweep(UUID.fromString(id))).isZero();
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("vitalsSchedule.state", contains("MET", "MET")).body("alerts", empty());
    }
}
