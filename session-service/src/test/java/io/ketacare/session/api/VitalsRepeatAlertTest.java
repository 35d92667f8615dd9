package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.VitalsResourceTest.reading;
import static org.hamcrest.Matchers.contains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.SessionFixture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The sustained-high-blood-pressure alert (protocol v1: above 180/110 on a reading and still above it on a reading at
 * least 5 minutes later, with no reading at or below the limit between) when the readings arrive in separate requests,
 * so that the later one is paired with readings read back from the database.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class VitalsRepeatAlertTest {

    @Inject
    SessionFixture fixture;

    String session;
    Instant t;

    void monitoringSession() {
        session = fixture.bookDirectly(UUID.randomUUID()).toString();
        Instant now = Instant.now();
        fixture.monitoring(UUID.fromString(session), now.minus(Duration.ofMinutes(40)), now.minus(Duration.ofMinutes(30)));
        // whole seconds: the database keeps microseconds, and the window edges are compared to the second
        t = now.minus(Duration.ofMinutes(29)).truncatedTo(ChronoUnit.SECONDS);
    }

    ValidatableResponse post(String id, Instant at, int systolic, int diastolic) {
        return api().body("{\"readings\":[" + reading(id, at, systolic, diastolic, 74, 98) + "]}")
                .post("/api/v1/sessions/" + session + "/vitals").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void systolic181TwiceFiveMinutesApartRaisesTheRepeatAlert() {
        monitoringSession();
        post("r1", t, 181, 80).body("alerts", empty());
        post("r2", t.plus(Duration.ofMinutes(5)), 181, 80).body("alerts.kind", contains("BLOOD_PRESSURE_HIGH_REPEATED"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void diastolic111TwiceFiveMinutesApartRaisesTheRepeatAlert() {
        monitoringSession();
        post("r1", t, 150, 111).body("alerts", empty());
        post("r2", t.plus(Duration.ofMinutes(5)), 150, 111).body("alerts.kind", contains("BLOOD_PRESSURE_HIGH_REPEATED"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aSecondHighReadingFourMinutes59SecondsLaterIsNotYetSustained() {
        monitoringSession();
        post("r1", t, 181, 80).body("alerts", empty());
        post("r2", t.plus(Duration.ofMinutes(4)).plusSeconds(59), 181, 80).body("alerts", empty());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void anEarlierReadingAtExactly180Over110DoesNotCountTowardsTheRepeatAlert() {
        monitoringSession();
        post("r1", t, 180, 110).body("alerts", empty());
        post("r2", t.plus(Duration.ofMinutes(5)), 181, 80).body("alerts", empty());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void highReadingsAtTheUsualChartingIntervalsOf5_10And15MinutesRaiseTheAlert() {
        monitoringSession();
        post("r0", t, 181, 80).body("alerts", empty());
        post("r5", t.plus(Duration.ofMinutes(5)), 182, 80).body("alerts.kind", contains("BLOOD_PRESSURE_HIGH_REPEATED"));
        post("r15", t.plus(Duration.ofMinutes(15)), 183, 80).body("alerts.kind", contains("BLOOD_PRESSURE_HIGH_REPEATED"));
        monitoringSession();
        post("q0", t, 181, 80).body("alerts", empty());
        post("q10", t.plus(Duration.ofMinutes(10)), 181, 80).body("alerts.kind", contains("BLOOD_PRESSURE_HIGH_REPEATED"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void highThenNormalThreeMinutesLaterThenHighAtSixMinutesIsNotSustained() {
        monitoringSession();
        post("r0", t, 181, 80).body("alerts", empty());
        post("r3", t.plus(Duration.ofMinutes(3)), 150, 90).body("alerts", empty());
        post("r6", t.plus(Duration.ofMinutes(6)), 181, 80).body("alerts", empty());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aNormalReadingBetweenTwoHighOnesBreaksTheRunWhateverOrderTheyArriveIn() {
        monitoringSession();
        post("r6", t.plus(Duration.ofMinutes(6)), 181, 80).body("alerts", empty());
        post("r3", t.plus(Duration.ofMinutes(3)), 150, 90).body("alerts", empty());
        post("r0", t, 181, 80).body("alerts", empty());
        monitoringSession();
        api().body("{\"readings\":[" + reading("b6", t.plus(Duration.ofMinutes(6)), 181, 80, 74, 98) + ","
                        + reading("b0", t, 181, 80, 74, 98) + "," + reading("b3", t.plus(Duration.ofMinutes(3)), 150, 90, 74, 98) + "]}")
                .post("/api/v1/sessions/" + session + "/vitals").then().statusCode(200).body("alerts", empty());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aReadingSentLateButMeasuredFiveMinutesBeforeARecordedHighOneRaisesTheRepeatAlert() {
        monitoringSession();
        post("r2", t.plus(Duration.ofMinutes(5)), 181, 80).body("alerts", empty());
        post("r1", t, 181, 80).body("alerts.kind", contains("BLOOD_PRESSURE_HIGH_REPEATED"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void twoHighReadingsInOneBatchRaiseTheRepeatAlertOnceWhateverTheirOrder() {
        monitoringSession();
        api().body("{\"readings\":[" + reading("r2", t.plus(Duration.ofMinutes(5)), 181, 80, 74, 98) + ","
                        + reading("r1", t, 181, 80, 74, 98) + "]}")
                .post("/api/v1/sessions/" + session + "/vitals").then().statusCode(200)
                .body("alerts.kind", contains("BLOOD_PRESSURE_HIGH_REPEATED"));
    }

    /**
     * Requests for one session run side by side; two high readings sent at the same moment must still be paired,
     * so the rule sees each pair exactly once, whichever request commits first.
     */
    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void twoHighReadingsSentAtTheSameMomentRaiseTheRepeatAlertExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < 10; pair++) {
                monitoringSession();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Instant at = t.plus(Duration.ofMinutes(5L * i));
                    String id = "r" + i;
                    answers.add(pool.submit(() -> {
                        go.await();
                        return post(id, at, 181, 80).extract().<String>jsonPath().getList("alerts.kind");
                    }));
                }
                go.countDown();
                List<String> raised = new ArrayList<>();
                for (Future<List<String>> answer : answers) {
                    raised.addAll(answer.get());
                }
                assertThat(raised).as("pair %d", pair).containsExactly("BLOOD_PRESSURE_HIGH_REPEATED");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
