package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.raw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.SessionFixture;
import io.ketacare.session.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Discharge with the service's clock moved by the test: refused before the minimum observation, accepted after. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class DischargeResourceTest {

    static final String READY = "{\"escortPresent\":true,\"instructionsAcknowledged\":true}";

    @Inject
    SessionFixture fixture;

    /** The service's clock (moved by {@link TestClock}). */
    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    String intranasalDosed(Instant doseEnd) {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        fixture.monitoring(UUID.fromString(id), doseEnd.minus(Duration.ofMinutes(10)), doseEnd);
        Instant fiveAfter = doseEnd.plus(Duration.ofMinutes(5));
        Instant t = fiveAfter.isAfter(clock.instant()) ? clock.instant() : fiveAfter;
        api().body("{\"readings\":[{\"clientReadingId\":\"v1\",\"measuredAt\":\"" + t + "\",\"systolic\":132,\"diastolic\":84,"
                + "\"heartRate\":80,\"spo2\":97}]}").post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200);
        api().body("{\"instrument\":\"MOAA_S\",\"score\":5,\"measuredAt\":\"" + t + "\"}").post("/api/v1/sessions/" + id + "/scores").then().statusCode(201);
        api().body("{\"instrument\":\"CADSS\",\"score\":0,\"measuredAt\":\"" + t + "\"}").post("/api/v1/sessions/" + id + "/scores").then().statusCode(201);
        return id;
    }

    /** Vitals (systolic/diastolic, HR 80, SpO2 97), MOAA/S 5 and CADSS 0 measured at the service's time now minus {@code ago}. */
    void evidence(String id, Duration ago, int systolic, int diastolic) {
        Instant t = clock.instant().minus(ago);
        api().body("{\"readings\":[{\"clientReadingId\":\"" + UUID.randomUUID() + "\",\"measuredAt\":\"" + t + "\",\"systolic\":" + systolic
                + ",\"diastolic\":" + diastolic + ",\"heartRate\":80,\"spo2\":97}]}").post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200);
        api().body("{\"instrument\":\"MOAA_S\",\"score\":5,\"measuredAt\":\"" + t + "\"}").post("/api/v1/sessions/" + id + "/scores").then().statusCode(201);
        api().body("{\"instrument\":\"CADSS\",\"score\":0,\"measuredAt\":\"" + t + "\"}").post("/api/v1/sessions/" + id + "/scores").then().statusCode(201);
    }

    void evidenceNow(String id) {
        evidence(id, Duration.ZERO, 132, 84);
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void dischargeRefusedAt119MinutesAfterTheIntranasalDoseAndAcceptedAt120() {
        Instant doseEnd = Instant.now().minus(Duration.ofMinutes(1));
        String id = intranasalDosed(doseEnd);
        TestClock.advance(Duration.between(Instant.now(), doseEnd.plus(Duration.ofMinutes(119))));
        evidenceNow(id);
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(422)
                .body("type", containsString("discharge-criteria-not-met")).body("criteria", hasSize(1))
                .body("criteria[0].code", equalTo("MINIMUM_OBSERVATION_NOT_ELAPSED")).body("criteria[0].message", containsString("needs 120 min"));
        TestClock.advance(Duration.ofMinutes(1).plusSeconds(1));
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(200)
                .body("status", equalTo("DISCHARGED")).body("dischargedAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void everyUnmetDischargeCriterionIsListed() {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        Instant doseEnd = Instant.now().minus(Duration.ofMinutes(30));
        fixture.monitoring(UUID.fromString(id), doseEnd.minus(Duration.ofMinutes(10)), doseEnd);
        api().body("{\"type\":\"HYPERTENSION\",\"severity\":\"SEVERE\",\"actionTaken\":\"Labetalol\",\"onsetAt\":\"" + doseEnd + "\"}")
                .post("/api/v1/sessions/" + id + "/adverse-events").then().statusCode(201);
        api().body("{\"escortPresent\":false,\"instructionsAcknowledged\":false}").post("/api/v1/sessions/" + id + "/discharge").then()
                .statusCode(422).body("criteria.code", hasItems("MINIMUM_OBSERVATION_NOT_ELAPSED", "NO_BLOOD_PRESSURE_SINCE_DOSE",
                        "MOAA_S_MISSING", "CADSS_MISSING", "OPEN_SEVERE_ADVERSE_EVENT", "ESCORT_NOT_PRESENT", "INSTRUCTIONS_NOT_ACKNOWLEDGED"));
        api().get("/api/v1/sessions/" + id).then().statusCode(200).body("status", equalTo("MONITORING"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void theMonitoringRecordOfAnIntranasalSessionCarriesTheRemsFormDueSevenDaysLater() {
        Instant doseEnd = Instant.now().minus(Duration.ofMinutes(130));
        String id = intranasalDosed(doseEnd);
        evidenceNow(id);
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(200);
        String due = java.time.LocalDate.ofInstant(doseEnd.minus(Duration.ofMinutes(10)), java.time.ZoneOffset.UTC).plusDays(7).toString();
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("remsForm.doseMg", equalTo(56)).body("remsForm.lotNumber", equalTo("LOT-TEST-1"))
                .body("remsForm.bloodPressureBeforeDosing", equalTo("128/82")).body("remsForm.bloodPressureBeforeDischarge", equalTo("132/84"))
                .body("remsForm.dueDate", equalTo(due)).body("remsForm.status", equalTo("DUE"))
                .body("remsForm.concomitantMedications.benzodiazepines", equalTo(false))
                .body("history.type", hasItems("BOOKED", "DISCHARGED"));
        api().queryParam("status", "due").queryParam("size", 200).get("/api/v1/rems-reports").then().statusCode(200)
                .body("items.sessionId", hasItems(id));
        TestClock.advance(Duration.ofDays(8));
        api().queryParam("status", "overdue").queryParam("size", 200).get("/api/v1/rems-reports").then().statusCode(200)
                .body("items.sessionId", hasItems(id));
        TestClock.reset();
        api().body("{\"reference\":\"REMS-1\"}").post("/api/v1/sessions/" + id + "/monitoring-record/submission").then().statusCode(200)
                .body("remsForm.status", equalTo("SUBMITTED"));
        api().body("{\"reference\":\"REMS-1\"}").post("/api/v1/sessions/" + id + "/monitoring-record/submission").then().statusCode(409);
        api().queryParam("status", "submitted").queryParam("size", 200).get("/api/v1/rems-reports").then().statusCode(200)
                .body("items.sessionId", hasItems(id));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void dischargeEvidence16MinutesOldIsRefusedKindByKindAndEvidenceJustUnder15MinutesOldPasses() {
        Instant doseEnd = Instant.now().minus(Duration.ofMinutes(1));
        String id = intranasalDosed(doseEnd);
        TestClock.advance(Duration.between(Instant.now(), doseEnd.plus(Duration.ofMinutes(110))));
        evidenceNow(id);
        TestClock.advance(Duration.ofMinutes(16));
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(422)
                .body("type", containsString("discharge-criteria-not-met"))
                .body("criteria.code", contains("BLOOD_PRESSURE_EVIDENCE_TOO_OLD", "HEART_RATE_EVIDENCE_TOO_OLD", "SPO2_EVIDENCE_TOO_OLD",
                        "MOAA_S_EVIDENCE_TOO_OLD", "CADSS_EVIDENCE_TOO_OLD"))
                .body("criteria[0].message", containsString("16 min before discharge"))
                .body("criteria[0].message", containsString("last 15 min"));
        evidenceNow(id);
        TestClock.advance(Duration.ofMinutes(15).minusSeconds(10));
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(200).body("status", equalTo("DISCHARGED"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void anAbnormalBloodPressureAfterANormalOneBlocksDischargeUntilANewerNormalOne() {
        Instant doseEnd = Instant.now().minus(Duration.ofMinutes(1));
        String id = intranasalDosed(doseEnd);
        TestClock.advance(Duration.between(Instant.now(), doseEnd.plus(Duration.ofMinutes(125))));
        evidence(id, Duration.ofMinutes(10), 132, 84);
        evidence(id, Duration.ofMinutes(5), 165, 84);
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(422)
                .body("criteria.code", contains("LAST_SYSTOLIC_OUT_OF_RANGE"));
        evidence(id, Duration.ofMinutes(2), 134, 84);
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(200).body("status", equalTo("DISCHARGED"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void dischargeVitalsMustStayInsideTheAbsoluteLimitsSystolic89And181RefusedAnd90Passes() {
        Instant doseEnd = Instant.now().minus(Duration.ofMinutes(1));
        String id = intranasalDosed(doseEnd);
        TestClock.advance(Duration.between(Instant.now(), doseEnd.plus(Duration.ofMinutes(121))));
        evidence(id, Duration.ofMinutes(3), 181, 84);
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(422)
                .body("criteria.code", contains("LAST_SYSTOLIC_OUT_OF_RANGE", "LAST_SYSTOLIC_ABOVE_ALERT_LIMIT"))
                .body("criteria[1].message", containsString("alert limit of 180 mmHg"));
        evidence(id, Duration.ofMinutes(2), 89, 60);
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(422)
                .body("criteria.code", contains("LAST_SYSTOLIC_BELOW_FLOOR")).body("criteria[0].message", containsString("floor of 90 mmHg"));
        api().body("{\"readings\":[{\"clientReadingId\":\"rr-low\",\"measuredAt\":\"" + clock.instant().minus(Duration.ofMinutes(1))
                + "\",\"systolic\":90,\"diastolic\":60,\"heartRate\":80,\"spo2\":97,\"respiratoryRate\":9}]}")
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200);
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(422)
                .body("criteria.code", contains("LAST_RESPIRATORY_RATE_BELOW_FLOOR"));
        api().body("{\"readings\":[{\"clientReadingId\":\"rr-ok\",\"measuredAt\":\"" + clock.instant()
                + "\",\"systolic\":90,\"diastolic\":60,\"heartRate\":80,\"spo2\":97,\"respiratoryRate\":10}]}")
                .post("/api/v1/sessions/" + id + "/vitals").then().statusCode(200);
        api().body(READY).post("/api/v1/sessions/" + id + "/discharge").then().statusCode(200).body("status", equalTo("DISCHARGED"));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void theDischargeEvidenceWindowAndFloorsAreProtocolDataSeededForVersion1AndCheckedOnPublish() {
        api().get("/api/v1/session-protocols/1").then().statusCode(200).body("dischargeEvidenceMinutes", equalTo(15))
                .body("dischargeMinSystolic", equalTo(90)).body("dischargeMinDiastolic", equalTo(50)).body("dischargeMinHeartRate", equalTo(50))
                .body("dischargeMinRespiratoryRate", equalTo(10));
        api().get("/api/v1/session-protocols/current").then().statusCode(200).body("dischargeEvidenceMinutes", equalTo(15))
                .body("dischargeMinSystolic", equalTo(90));
        String body = SessionProtocolResourceTest.protocol(140, SessionProtocolResourceTest.ROUTES);
        raw().body(body.substring(0, body.length() - 1) + ",\"dischargeMinSystolic\":49,\"dischargeEvidenceMinutes\":0}")
                .post("/api/v1/session-protocols").then().statusCode(400)
                .body("violations.field", hasItems("dischargeMinSystolic", "dischargeEvidenceMinutes"));
    }
}
