package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.book;
import static io.ketacare.session.api.SessionApi.freshDay;
import static io.ketacare.session.api.SessionApi.raw;
import static io.ketacare.session.api.SessionApi.room;
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
        Instant t = Instant.now().minus(Duration.ofMinutes(9));
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
        api().body("{\"readings\":[" + reading("a1", t, 185, 100, 80, 97) + "," + reading("a2", t.plusSeconds(240), 186, 104, 125, 89) + "]}")
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200)
                .body("alerts.kind", hasItems("BLOOD_PRESSURE_HIGH_REPEATED", "HEART_RATE_HIGH", "OXYGEN_SATURATION_LOW"))
                .body("alerts", hasSize(3));
        api().body("{\"readings\":[" + reading("a3", t.plusSeconds(300), 205, 100, 80, 97) + "]}")
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
}
