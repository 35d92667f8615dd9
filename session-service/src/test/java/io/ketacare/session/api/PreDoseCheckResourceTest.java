package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.raw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.SessionFixture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pre-dose check over HTTP on a checked-in session, the state machine's 409s, and who may see a session. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PreDoseCheckResourceTest {

    static final String OWN = "6f1c2b3a-0d4e-4f5a-8b6c-00000000d001";

    @Inject
    SessionFixture fixture;

    static String check(int systolic, int diastolic, int minutesSinceFood, boolean escort) {
        Instant now = Instant.now();
        return """
                {"systolic":%d,"diastolic":%d,"heartRate":76,"spo2":98,"weightKg":72.5,"lastFoodAt":"%s","lastLiquidAt":"%s",
                 "escortConfirmed":%s,"pregnancyTest":"NEGATIVE","newInteractingMedication":false,
                 "concomitantMedications":{"benzodiazepines":true,"sedativeHypnotics":false,"psychostimulants":false,"maois":false,"opioids":false}}"""
                .formatted(systolic, diastolic, now.minus(Duration.ofMinutes(minutesSinceFood)), now.minus(Duration.ofMinutes(60)), escort);
    }

    String checkedIn() {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        fixture.checkedIn(UUID.fromString(id));
        return id;
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void preDoseCheckRefused141Over90ListingEveryFailedCriterionThenPassedAt140Over90() {
        String id = checkedIn();
        api().body(check(141, 90, 100, false)).post("/api/v1/sessions/" + id + "/pre-dose-check").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("https://ketacare.dev/problems/pre-dose-check-failed"))
                .body("criteria.code", contains("SYSTOLIC_TOO_HIGH", "NOT_FASTING_FOOD", "ESCORT_NOT_CONFIRMED"))
                .body("criteria[0].message", containsString("limit of 140 mmHg"));
        api().get("/api/v1/sessions/" + id).then().body("status", equalTo("CHECKED_IN"));
        api().body(check(140, 90, 120, true)).post("/api/v1/sessions/" + id + "/pre-dose-check").then().statusCode(200)
                .body("status", equalTo("READY_TO_DOSE")).body("protocolVersion", equalTo(1));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("preDoseCheck.systolic", equalTo(140)).body("preDoseCheck.concomitantMedications.benzodiazepines", equalTo(true))
                .body("history.type", hasItems("PRE_DOSE_CHECK_PASSED"));
        api().body(check(120, 80, 120, true)).post("/api/v1/sessions/" + id + "/pre-dose-check").then().statusCode(200)
                .body("status", equalTo("READY_TO_DOSE"));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("preDoseCheck.systolic", equalTo(120)).body("history.findAll { it.type == 'PRE_DOSE_CHECK_PASSED' }.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void actionsOutOfOrderAre409NamingTheCurrentAndAllowedStates() {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        api().body(check(120, 80, 120, true)).post("/api/v1/sessions/" + id + "/pre-dose-check").then().statusCode(409)
                .body("type", equalTo("https://ketacare.dev/problems/illegal-session-transition"))
                .body("detail", containsString("SCHEDULED")).body("detail", containsString("CHECKED_IN, CANCELLED, NO_SHOW"));
        api().body("{\"route\":\"INTRANASAL\",\"doseMg\":56,\"lotNumber\":\"L1\",\"startedAt\":\"" + Instant.now() + "\"}")
                .post("/api/v1/sessions/" + id + "/dose").then().statusCode(409);
        api().body("{\"escortPresent\":true,\"instructionsAcknowledged\":true}").post("/api/v1/sessions/" + id + "/discharge").then().statusCode(409);
        api().body("{\"reason\":\"Felt unwell\"}").post("/api/v1/sessions/" + id + "/abort").then().statusCode(409);
        String started = checkedIn();
        api().body("{\"reason\":\"Felt unwell after check-in\"}").post("/api/v1/sessions/" + started + "/abort").then().statusCode(200)
                .body("status", equalTo("ABORTED")).body("endReason", equalTo("Felt unwell after check-in"));
        api().body("{\"reason\":\"again\"}").post("/api/v1/sessions/" + started + "/cancellation").then().statusCode(409)
                .body("detail", containsString("none (it has ended)"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aDoseWithoutLotNumberOrInTheFutureIs400() {
        String id = checkedIn();
        raw().body("{\"route\":\"INTRANASAL\",\"doseMg\":56,\"startedAt\":\"" + Instant.now() + "\"}").post("/api/v1/sessions/" + id + "/dose")
                .then().statusCode(400).body("violations.field", hasItems("lotNumber"));
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = OWN))
    void aPatientReadsTheirOwnSessionsAndGets404ForOthers() {
        fixture.bookDirectly(UUID.fromString(OWN));
        UUID otherPatient = UUID.randomUUID();
        UUID other = fixture.bookDirectly(otherPatient);
        api().get("/api/v1/sessions").then().statusCode(200).body("items.patientId", hasItems(OWN));
        api().get("/api/v1/sessions/" + other).then().statusCode(404);
        api().get("/api/v1/sessions/" + other + "/monitoring-record").then().statusCode(404);
        api().queryParam("patientId", otherPatient).get("/api/v1/sessions").then().statusCode(200).body("totalItems", equalTo(0));
        api().body("{\"reason\":\"no\"}").post("/api/v1/sessions/" + other + "/cancellation").then().statusCode(403);
    }

    static String weighing(String weightKg, String confirmation) {
        String c = check(128, 82, 180, true);
        return c.substring(0, c.lastIndexOf('}')).replace("\"weightKg\":72.5", "\"weightKg\":" + weightKg)
                + (confirmation == null ? "" : ",\"weightConfirmationReason\":\"" + confirmation + "\"") + "}";
    }

    /** A patient whose last recorded weight is 100 kg (a pre-dose check of an earlier session). */
    String patientWeighing100Kg(UUID patient) {
        String first = fixture.bookDirectly(patient).toString();
        fixture.checkedIn(UUID.fromString(first));
        api().body(weighing("100.0", null)).post("/api/v1/sessions/" + first + "/pre-dose-check").then().statusCode(200);
        String next = fixture.bookDirectly(patient).toString();
        fixture.checkedIn(UUID.fromString(next));
        return next;
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void weightOfTheDay10PercentAboveTheLastPassesAnd10Point1PercentNeedsAClinicianToConfirmIt() {
        String id = patientWeighing100Kg(UUID.randomUUID());
        api().body(weighing("110.1", null)).post("/api/v1/sessions/" + id + "/pre-dose-check").then().statusCode(422)
                .body("criteria.code", contains("WEIGHT_CHANGE_NEEDS_CLINICIAN_CONFIRMATION"))
                .body("criteria[0].message", containsString("110.1 kg")).body("criteria[0].message", containsString("100 kg"))
                .body("criteria[0].message", containsString("10.1 %"));
        api().body(weighing("110.1", "Weighed twice")).post("/api/v1/sessions/" + id + "/pre-dose-check").then().statusCode(422)
                .body("criteria.code", contains("WEIGHT_CONFIRMATION_NEEDS_CLINICIAN"));
        api().body(weighing("110.0", null)).post("/api/v1/sessions/" + id + "/pre-dose-check").then().statusCode(200);
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("preDoseCheck.weightKg", equalTo(110)).body("preDoseCheck.previousWeightKg", equalTo(100))
                .body("preDoseCheck.weightConfirmedBy", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @TestSecurity(user = "clinician1", roles = {"clinician", "scheduler"})
    void aClinicianConfirmsAWeight10Point1PercentBelowTheLastWithAReasonAndTheRecordSaysWhoAndWhy() {
        String id = patientWeighing100Kg(UUID.randomUUID());
        api().body(weighing("89.9", "Weight loss confirmed with the oncology notes")).post("/api/v1/sessions/" + id + "/pre-dose-check").then()
                .statusCode(200);
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("preDoseCheck.weightKg", equalTo(89.9f)).body("preDoseCheck.previousWeightKg", equalTo(100))
                .body("preDoseCheck.weightConfirmedBy", equalTo("clinician1"))
                .body("preDoseCheck.weightConfirmationReason", equalTo("Weight loss confirmed with the oncology notes"));
    }
}
