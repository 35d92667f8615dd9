package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.SessionFixture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class VitalsResourceTest {

    @Inject
    SessionFixture fixture;

    static String reading(String id, Instant at, int systolic, int diastolic, int heartRate, int spo2) {
        return "{\"clientReadingId\":\"" + id + "\",\"measuredAt\":\"" + at + "\",\"systolic\":" + systolic + ",\"diastolic\":" + diastolic
                + ",\"heartRate\":" + heartRate + ",\"spo2\":" + spo2 + ",\"source\":\"DEVICE\"}";
    }

    String monitoringSession() {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        Instant now = Instant.now();
        fixture.monitoring(UUID.fromString(id), now.minus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(10)));
        return id;
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aRetriedVitalsBatchStoresEachReadingOnce() {
        String id = monitoringSession();
        Instant t = Instant.now().minus(Duration.ofMinutes(16));
        String batch = "{\"readings\":[" + reading("m7:1", t, 130, 84, 80, 97) + "," + reading("m7:2", t.plusSeconds(300), 132, 85, 82, 97)
                + "," + reading("m7:3", t.plusSeconds(600), 128, 80, 78, 98) + "]}";
        api().body(batch).post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200)
                .body("stored", equalTo(3)).body("alreadyPresent", equalTo(0));
        api().body(batch).post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200)
                .body("stored", equalTo(0)).body("alreadyPresent", equalTo(3));
        String overlapping = "{\"readings\":[" + reading("m7:3", t.plusSeconds(600), 128, 80, 78, 98) + ","
                + reading("m7:4", t.plusSeconds(900), 126, 80, 76, 98) + "]}";
        api().body(overlapping).post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200)
                .body("stored", equalTo(1)).body("alreadyPresent", equalTo(1));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200).body("vitals", hasSize(4));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void readingsBeyondTheAlertLimitsRaiseAlertsOnTheSession() {
        String id = monitoringSession();
        Instant t = Instant.now().minus(Duration.ofMinutes(9));
        api().body("{\"readings\":[" + reading("a1", t, 185, 100, 80, 97) + "," + reading("a2", t.plusSeconds(300), 186, 104, 125, 89) + "]}")
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200)
                .body("alerts.kind", hasItems("BLOOD_PRESSURE_HIGH_REPEATED", "HEART_RATE_HIGH", "OXYGEN_SATURATION_LOW"))
                .body("alerts", hasSize(3));
        api().body("{\"readings\":[" + reading("a3", t.plusSeconds(360), 205, 100, 80, 97) + "]}")
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200).body("alerts[0].kind", equalTo("BLOOD_PRESSURE_CRITICAL"));
        api().get("/api/v1/sessions/" + id).then().statusCode(200).body("alerts", hasSize(4));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void vitalsOfASessionThatHasNotStartedAre409() {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        api().body("{\"readings\":[" + reading("x1", Instant.now(), 130, 84, 80, 97) + "]}").post("/api/v1/sessions/" + id + "/vitals")
                .then().statusCode(409).body("detail", containsString("SCHEDULED"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aBatchWithAnEmptyReadingOrATwiceUsedIdIs400() {
        String id = monitoringSession();
        String empty = "{\"clientReadingId\":\"e1\",\"measuredAt\":\"" + Instant.now() + "\"}";
        raw().body("{\"readings\":[" + empty + "," + reading("d1", Instant.now(), 130, 84, 80, 97) + "," + reading("d1", Instant.now(), 130, 84, 80, 97) + "]}")
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(400)
                .body("violations.field", hasItems("readings[0]", "readings[2].clientReadingId"));
        raw().body("{\"readings\":[]}").post("/api/v1/sessions/" + id + "/vitals").then().statusCode(400)
                .body("violations[0].field", equalTo("readings"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void scoresAndAdverseEventsAreRecordedWithTheirOutcome() {
        String id = monitoringSession();
        api().body("{\"instrument\":\"MOAA_S\",\"score\":4,\"measuredAt\":\"" + Instant.now() + "\"}").post("/api/v1/sessions/" + id + "/scores")
                .then().statusCode(201).body("score", equalTo(4));
        raw().body("{\"instrument\":\"MOAA_S\",\"score\":6,\"measuredAt\":\"" + Instant.now() + "\"}").post("/api/v1/sessions/" + id + "/scores")
                .then().statusCode(400).body("violations[0].field", equalTo("score"));
        String event = api().body("{\"type\":\"NAUSEA\",\"severity\":\"SEVERE\",\"actionTaken\":\"Ondansetron 4 mg\",\"onsetAt\":\""
                + Instant.now().minusSeconds(60) + "\"}").post("/api/v1/sessions/" + id + "/adverse-events").then().statusCode(201)
                .body("outcome", equalTo("ONGOING")).extract().path("id");
        api().body("{\"outcome\":\"RESOLVED\",\"at\":\"" + Instant.now() + "\",\"note\":\"settled\"}")
                .post("/api/v1/sessions/" + id + "/adverse-events/" + event + "/outcome").then().statusCode(200).body("outcome", equalTo("RESOLVED"));
        api().body("{\"outcome\":\"ONGOING\",\"at\":\"" + Instant.now() + "\"}")
                .post("/api/v1/sessions/" + id + "/adverse-events/" + event + "/outcome").then().statusCode(409);
    }

    static final String NURSE_CHARTS = "nurse1";

    static String batchOf(String... readings) {
        return "{\"readings\":[" + String.join(",", readings) + "]}";
    }

    static String withReason(String reading, String reason) {
        return reading.substring(0, reading.length() - 1) + ",\"lateEntryReason\":\"" + reason + "\"}";
    }

    @Inject
    jakarta.persistence.EntityManager em;

    void end(String id, io.ketacare.session.domain.session.SessionStatus status) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            var s = em.find(io.ketacare.session.domain.session.Session.class, UUID.fromString(id));
            s.status = status;
            s.dischargedAt = status == io.ketacare.session.domain.session.SessionStatus.DISCHARGED ? Instant.now() : null;
            s.endedAt = status == io.ketacare.session.domain.session.SessionStatus.ABORTED ? Instant.now() : null;
        });
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aReadingMeasuredTwoMinutesAheadOfTheServerIsStoredAndTwoMinutes1SecondAheadIs400NamingIt() {
        String id = monitoringSession();
        Instant now = Instant.now();
        api().body(batchOf(reading("f1", now.plus(Duration.ofMinutes(2)), 130, 84, 80, 97))).post("/api/v1/sessions/" + id + "/vitals")
                .then().statusCode(200).body("stored", equalTo(1));
        api().body(batchOf(reading("f2", now, 130, 84, 80, 97), reading("f3", now.plus(Duration.ofMinutes(2)).plusSeconds(1), 130, 84, 80, 97)))
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("readings[1].measuredAt"))
                .body("violations[0].message", containsString("clock-skew allowance"));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200).body("vitals.clientReadingId", org.hamcrest.Matchers.contains("f1"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aReadingMeasuredBeforeTheCheckInIs422NamingTheReadingAndStoresNothing() {
        String id = monitoringSession();
        Instant checkedIn = Instant.parse(api().get("/api/v1/sessions/" + id).then().statusCode(200).extract().path("checkedInAt"));
        api().body(batchOf(reading("c1", checkedIn, 130, 84, 80, 97), reading("c0", checkedIn.minusSeconds(1), 130, 84, 80, 97)))
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(422)
                .body("type", containsString("recorded-before-check-in"))
                .body("criteria.code", org.hamcrest.Matchers.contains("MEASURED_BEFORE_CHECK_IN"))
                .body("criteria[0].message", containsString("reading c0"));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200).body("vitals", hasSize(0));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aReadingCharted14MinutesAfterItWasMeasuredIsOnTimeAnd15Minutes1SecondAfterIsALateEntryWithItsReason() {
        String id = monitoringSession();
        Instant now = Instant.now();
        api().body(batchOf(reading("l1", now.minus(Duration.ofMinutes(14)).minusSeconds(58), 130, 84, 80, 97),
                        withReason(reading("l2", now.minus(Duration.ofMinutes(15)).minusSeconds(1), 131, 84, 80, 97), "Monitor offline, read from its memory")))
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200).body("stored", equalTo(2));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("vitals.find { it.clientReadingId == 'l1' }.lateEntry", equalTo(false))
                .body("vitals.find { it.clientReadingId == 'l2' }.lateEntry", equalTo(true))
                .body("vitals.find { it.clientReadingId == 'l2' }.lateEntryReason", equalTo("Monitor offline, read from its memory"))
                .body("vitals.find { it.clientReadingId == 'l2' }.recordedBy", equalTo(NURSE_CHARTS))
                .body("vitals.find { it.clientReadingId == 'l2' }.recordedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aReadingIdSentAgainWithOtherValuesIs409NamingItAndNothingOfTheBatchIsStored() {
        String id = monitoringSession();
        Instant t = Instant.now().minus(Duration.ofMinutes(9));
        api().body(batchOf(reading("d:1", t, 130, 84, 80, 97))).post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200);
        api().body(batchOf(reading("d:2", t.plusSeconds(60), 130, 84, 80, 97), reading("d:1", t, 130, 84, 81, 97)))
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(409)
                .body("type", containsString("vital-reading-conflict")).body("detail", containsString("d:1"))
                .body("detail", org.hamcrest.Matchers.not(containsString("d:2")));
        api().body(batchOf(reading("d:1", t.plusSeconds(1), 130, 84, 80, 97))).post("/api/v1/sessions/" + id + "/vitals")
                .then().statusCode(409).body("detail", containsString("d:1"));
        api().body(batchOf(reading("d:1", t, 130, 84, 80, 97))).post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200)
                .body("stored", equalTo(0)).body("alreadyPresent", equalTo(1));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("vitals.clientReadingId", org.hamcrest.Matchers.contains("d:1")).body("vitals[0].heartRate", equalTo(80));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void readingsArrivingAfterDischargeOrAbortAreStoredAsLateEntriesAndTheSessionStaysEnded() {
        for (var ended : List.of(io.ketacare.session.domain.session.SessionStatus.DISCHARGED, io.ketacare.session.domain.session.SessionStatus.ABORTED)) {
            String id = monitoringSession();
            end(id, ended);
            Instant t = Instant.now().minus(Duration.ofMinutes(2));
            api().body(batchOf(reading("late:1", t, 130, 84, 80, 97))).post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200)
                    .body("stored", equalTo(1));
            api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                    .body("session.status", equalTo(ended.name())).body("vitals[0].lateEntry", equalTo(true));
        }
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void scoresInTheFutureAreRefusedBeforeTheCheckInToAndChartedLateAreMarked() {
        String id = monitoringSession();
        Instant now = Instant.now();
        Instant checkedIn = Instant.parse(api().get("/api/v1/sessions/" + id).then().statusCode(200).extract().path("checkedInAt"));
        api().body("{\"instrument\":\"CADSS\",\"score\":0,\"measuredAt\":\"" + now.plus(Duration.ofMinutes(2)).plusSeconds(1) + "\"}")
                .post("/api/v1/sessions/" + id + "/scores").then().statusCode(400).body("violations[0].field", equalTo("measuredAt"));
        api().body("{\"instrument\":\"CADSS\",\"score\":0,\"measuredAt\":\"" + checkedIn.minusSeconds(1) + "\"}")
                .post("/api/v1/sessions/" + id + "/scores").then().statusCode(422).body("criteria[0].code", equalTo("MEASURED_BEFORE_CHECK_IN"));
        api().body("{\"instrument\":\"CADSS\",\"score\":0,\"measuredAt\":\"" + now.minus(Duration.ofMinutes(15)).minusSeconds(1)
                        + "\",\"lateEntryReason\":\"Rated on paper\"}")
                .post("/api/v1/sessions/" + id + "/scores").then().statusCode(201).body("lateEntry", equalTo(true))
                .body("lateEntryReason", equalTo("Rated on paper"));
        api().body("{\"instrument\":\"CADSS\",\"score\":0,\"measuredAt\":\"" + now.plus(Duration.ofMinutes(2)) + "\"}")
                .post("/api/v1/sessions/" + id + "/scores").then().statusCode(201).body("lateEntry", equalTo(false));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void moaasOf2RaisesTheDeepSedationAlertAnd3DoesNot() {
        String id = monitoringSession();
        Instant t = Instant.now().minus(Duration.ofMinutes(1));
        api().body("{\"instrument\":\"MOAA_S\",\"score\":3,\"measuredAt\":\"" + t + "\"}").post("/api/v1/sessions/" + id + "/scores")
                .then().statusCode(201);
        api().get("/api/v1/sessions/" + id).then().statusCode(200).body("alerts", hasSize(0));
        api().body("{\"instrument\":\"MOAA_S\",\"score\":2,\"measuredAt\":\"" + t + "\"}").post("/api/v1/sessions/" + id + "/scores")
                .then().statusCode(201);
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("alerts.kind", org.hamcrest.Matchers.contains("DEEP_SEDATION"))
                .body("alerts[0].message", containsString("MOAA/S 2")).body("alerts[0].readingId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void anAdverseEventOnsetInTheFutureIs400BeforeTheCheckInIs422AndAnOutcomeInTheFutureIs400() {
        String id = monitoringSession();
        Instant now = Instant.now();
        Instant checkedIn = Instant.parse(api().get("/api/v1/sessions/" + id).then().statusCode(200).extract().path("checkedInAt"));
        String event = "{\"type\":\"NAUSEA\",\"severity\":\"MILD\",\"actionTaken\":\"Ondansetron 4 mg\",\"onsetAt\":\"%s\"}";
        api().body(event.formatted(now.plus(Duration.ofMinutes(2)).plusSeconds(1))).post("/api/v1/sessions/" + id + "/adverse-events")
                .then().statusCode(400).body("violations[0].field", equalTo("onsetAt"));
        api().body(event.formatted(checkedIn.minusSeconds(1))).post("/api/v1/sessions/" + id + "/adverse-events")
                .then().statusCode(422).body("criteria[0].code", equalTo("ONSET_BEFORE_CHECK_IN"));
        String eventId = api().body(event.formatted(now.minusSeconds(60))).post("/api/v1/sessions/" + id + "/adverse-events")
                .then().statusCode(201).extract().path("id");
        api().body("{\"outcome\":\"RESOLVED\",\"at\":\"" + now.plus(Duration.ofMinutes(2)).plusSeconds(1) + "\"}")
                .post("/api/v1/sessions/" + id + "/adverse-events/" + eventId + "/outcome").then().statusCode(400)
                .body("violations[0].field", equalTo("at"));
        api().body("{\"outcome\":\"RESOLVED\",\"at\":\"" + now.plus(Duration.ofMinutes(2)) + "\"}")
                .post("/api/v1/sessions/" + id + "/adverse-events/" + eventId + "/outcome").then().statusCode(200);
    }
}
