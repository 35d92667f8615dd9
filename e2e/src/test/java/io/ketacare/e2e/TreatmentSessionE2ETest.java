package io.ketacare.e2e;

import static io.ketacare.e2e.Stack.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A nurse runs a real intranasal session through the gateway with real tokens: booking, check-in
 * (asked of the real consent-service), pre-dose check, 56 mg, vitals and scores, discharge refused
 * before 120 minutes and accepted after, and the complete monitoring record.
 */
class TreatmentSessionE2ETest {

    static final String CONSENT = "consent-service";
    static final String PATIENT = "patient-service";
    static final String SESSION = "session-service";

    /** Makes the patient eligible, consented (intranasal), REMS-enrolled, with an active 56 mg intranasal plan; returns the plan id. */
    static String treatableByIntranasal(String patient) {
        ValidatableResponse now = as("clinician1", CONSENT).queryParam("route", "INTRANASAL")
                .get("/api/v1/patients/" + patient + "/treatment-authorization").then().statusCode(200);
        if (Boolean.TRUE.equals(now.extract().path("authorized"))) {
            return now.extract().path("planId");
        }
        eligible(patient);
        String consent = as("clinician1", CONSENT).body("{\"documentCode\":\"KETAMINE_TREATMENT\"}")
                .post("/api/v1/patients/" + patient + "/consents").then().statusCode(201).extract().path("id");
        as("clinician1", CONSENT).body("{\"signerName\":\"Pat One\",\"attestation\":\"Signed in my presence\"}")
                .post("/api/v1/consents/" + consent + "/signature").then().statusCode(200).body("status", equalTo("ACTIVE"));
        as("clinician1", CONSENT).get("/api/v1/patients/" + patient + "/rems-enrollment").then().extract().statusCode();
        as("clinician1", CONSENT).body("{\"patientSignerName\":\"Pat One\",\"prescriberAttestation\":\"Counselled; I sign as prescriber\"}")
                .post("/api/v1/patients/" + patient + "/rems-enrollment").then().extract().statusCode();
        String plan = as("clinician1", CONSENT).body("""
                {"indication":"Treatment-resistant depression","route":"INTRANASAL","dose":{"unit":"MG","value":56},"firstDoseMg":56,
                 "phases":[{"name":"induction","weeks":4,"sessionsPerWeek":2},{"name":"maintenance","weeks":4,"sessionsPerWeek":1}],
                 "estimatedSessions":12}""").post("/api/v1/patients/" + patient + "/treatment-plans").then().statusCode(201).extract().path("id");
        as("clinician1", CONSENT).post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        return plan;
    }

    /** A C-SSRS screen and a medical screening with normal findings: ELIGIBLE. */
    static void eligible(String patient) {
        as("nurse1", PATIENT).body("{\"instrument\":\"CSSRS_SCREEN\",\"items\":[0,0,0,0,0,0]}")
                .post("/api/v1/patients/" + patient + "/assessments").then().statusCode(201);
        as("nurse1", PATIENT).body("""
                {"vitals":{"systolicMmHg":122,"diastolicMmHg":80,"heartRateBpm":70,"spo2Percent":98,"weightKg":68.0},
                 "answers":{"pregnant":"NO","breastfeeding":"NO","ketamineHypersensitivity":"NO","activePsychosisOrMania":"NO"}}""")
                .post("/api/v1/patients/" + patient + "/screenings").then().statusCode(201).body("outcome", equalTo("ELIGIBLE"));
    }

    static String room() {
        return as("scheduler1", SESSION).body("{\"name\":\"E2E chair " + UUID.randomUUID() + "\",\"clinic\":\"Downtown\","
                + "\"equipment\":[\"PULSE_OXIMETER\",\"BLOOD_PRESSURE_MONITOR\"]}").post("/api/v1/rooms").then().statusCode(201).extract().path("id");
    }

    /** A start far enough from earlier runs that the patient's calendar is free. */
    static Instant freeStart() {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(1, 20_000)));
    }

    @Test
    void aNurseRunsAFullIntranasalSessionFromBookingToDischarge() {
        String patient = Stack.PATIENT1.toString();
        String plan = treatableByIntranasal(patient);
        String session = as("scheduler1", SESSION).body("{\"patientId\":\"" + patient + "\",\"planId\":\"" + plan + "\",\"roomId\":\"" + room()
                        + "\",\"route\":\"INTRANASAL\",\"start\":\"" + freeStart() + "\",\"durationMinutes\":150}")
                .post("/api/v1/sessions").then().statusCode(201).header("Location", containsString("/api/v1/sessions/"))
                .body("status", equalTo("SCHEDULED")).extract().path("id");
        String base = "/api/v1/sessions/" + session;

        as("nurse1", SESSION).post(base + "/check-in").then().statusCode(200)
                .body("status", equalTo("CHECKED_IN")).body("authorizationStatus", equalTo("AUTHORIZED")).body("consentId", notNullValue());

        // The packaged service runs on real time, so the dose is recorded as given 124 minutes ago, ending 119 minutes ago
        // (the protocol accepts a dose start up to 240 minutes back), instead of the test waiting two hours; food and drink
        // times are set before it. Discharge is then refused for about a minute and accepted once 120 minutes have passed.
        Instant doseStart = Instant.now().minus(Duration.ofMinutes(124));
        Instant doseEnd = doseStart.plus(Duration.ofMinutes(5));
        as("nurse1", SESSION).body("""
                {"systolic":128,"diastolic":82,"heartRate":76,"spo2":98,"weightKg":70.0,"lastFoodAt":"%s","lastLiquidAt":"%s",
                 "escortConfirmed":true,"pregnancyTest":"NOT_APPLICABLE","newInteractingMedication":false,
                 "concomitantMedications":{"benzodiazepines":false,"sedativeHypnotics":false,"psychostimulants":false,"maois":false,"opioids":false}}"""
                .formatted(doseStart.minus(Duration.ofHours(4)), doseStart.minus(Duration.ofHours(1))))
                .post(base + "/pre-dose-check").then().statusCode(200).body("status", equalTo("READY_TO_DOSE"));

        as("nurse1", SESSION).body("{\"route\":\"INTRANASAL\",\"doseMg\":56,\"lotNumber\":\"LOT-E2E-1\",\"devices\":2,\"startedAt\":\""
                        + doseStart + "\",\"endedAt\":\"" + doseEnd + "\"}")
                .post(base + "/dose").then().statusCode(200).body("status", equalTo("MONITORING"))
                .body("dose.doseMg", equalTo(56)).body("dose.planVersion", notNullValue());

        as("nurse1", SESSION).body("{\"readings\":["
                        + vitals("e2e-1", doseStart.plus(Duration.ofMinutes(40)), 138, 86, 84, 97) + ","
                        + vitals("e2e-2", doseEnd.plus(Duration.ofMinutes(100)), 126, 80, 74, 98) + "]}")
                .post(base + "/vitals").then().statusCode(200).body("stored", equalTo(2));
        for (String score : new String[] {"\"MOAA_S\",\"score\":5", "\"CADSS\",\"score\":0"}) {
            as("nurse1", SESSION).body("{\"instrument\":" + score + ",\"measuredAt\":\"" + doseEnd.plus(Duration.ofMinutes(110)) + "\"}")
                    .post(base + "/scores").then().statusCode(201);
        }
        String discharge = "{\"escortPresent\":true,\"instructionsAcknowledged\":true}";
        // Observation is counted from the end of dosing: at 120 minutes after it, not before.
        long waitMs = Duration.between(Instant.now(), doseEnd.plus(Duration.ofMinutes(120))).toMillis();
        org.assertj.core.api.Assertions.assertThat(waitMs).as("time left before 120 min of observation").isPositive();
        as("nurse1", SESSION).body(discharge).post(base + "/discharge").then().statusCode(422)
                .body("type", equalTo("https://ketacare.dev/problems/discharge-criteria-not-met"))
                .body("criteria.code", org.hamcrest.Matchers.contains("MINIMUM_OBSERVATION_NOT_ELAPSED"));
        sleep(Duration.between(Instant.now(), doseEnd.plus(Duration.ofMinutes(120))).toMillis() + 1000);
        as("nurse1", SESSION).body(discharge).post(base + "/discharge").then().statusCode(200).body("status", equalTo("DISCHARGED"));

        as("nurse1", SESSION).get(base + "/monitoring-record").then().statusCode(200)
                .body("session.status", equalTo("DISCHARGED")).body("preDoseCheck.systolic", equalTo(128))
                .body("vitals", hasSize(2)).body("scores", hasSize(2))
                .body("history.type", hasItems("BOOKED", "CHECKED_IN", "PRE_DOSE_CHECK_PASSED", "DOSE_STARTED", "DOSE_COMPLETED", "DISCHARGED"))
                .body("remsForm.doseMg", equalTo(56)).body("remsForm.lotNumber", equalTo("LOT-E2E-1")).body("remsForm.devices", equalTo(2))
                .body("remsForm.bloodPressureBeforeDosing", equalTo("128/82")).body("remsForm.bloodPressureAt40Minutes", equalTo("138/86"))
                .body("remsForm.bloodPressureBeforeDischarge", equalTo("126/80")).body("remsForm.status", equalTo("DUE"))
                .body("remsForm.dueDate", equalTo(doseStart.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(7).toString()));
        as("patient1", SESSION).get(base).then().statusCode(200).body("patientId", equalTo(patient));
        as("patient2", SESSION).get(base).then().statusCode(404);
        as("nurse1", SESSION).queryParam("status", "due").queryParam("size", 200).get("/api/v1/rems-reports").then().statusCode(200);
    }

    @Test
    void aSessionWithoutAuthorizationIsRefusedAtCheckIn() {
        String patient = as("clinician1", PATIENT).body("""
                {"mrn":"E2E-S-%s","givenName":"Uma","familyName":"Unconsented","birthDate":"1980-01-01","sex":"FEMALE"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))).post("/api/v1/patients").then().statusCode(201).extract().path("id");
        String session = as("scheduler1", SESSION).body("{\"patientId\":\"" + patient + "\",\"planId\":\"" + UUID.randomUUID()
                        + "\",\"roomId\":\"" + room() + "\",\"route\":\"INTRANASAL\",\"start\":\"" + freeStart() + "\",\"durationMinutes\":150}")
                .post("/api/v1/sessions").then().statusCode(201).extract().path("id");
        as("nurse1", SESSION).post("/api/v1/sessions/" + session + "/check-in").then().statusCode(422)
                .body("type", equalTo("https://ketacare.dev/problems/treatment-not-authorized"));
        as("nurse1", SESSION).get("/api/v1/sessions/" + session).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void aWithdrawnConsentFlagsThePatientsFutureSessionsFromTheChangeFeed() {
        String patient = as("clinician1", PATIENT).body("""
                {"mrn":"E2E-W-%s","givenName":"Wren","familyName":"Withdrawn","birthDate":"1979-03-03","sex":"MALE"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))).post("/api/v1/patients").then().statusCode(201).extract().path("id");
        eligible(patient);
        String consent = as("clinician1", CONSENT).body("{\"documentCode\":\"KETAMINE_TREATMENT\"}")
                .post("/api/v1/patients/" + patient + "/consents").then().statusCode(201).extract().path("id");
        as("clinician1", CONSENT).body("{\"signerName\":\"Wren Withdrawn\",\"attestation\":\"Signed in my presence\"}")
                .post("/api/v1/consents/" + consent + "/signature").then().statusCode(200);
        String plan = as("clinician1", CONSENT).body("""
                {"indication":"Treatment-resistant depression","route":"IV","dose":{"unit":"MG_PER_KG","value":0.5},
                 "phases":[{"name":"induction","weeks":3,"sessionsPerWeek":2}],"estimatedSessions":6}""")
                .post("/api/v1/patients/" + patient + "/treatment-plans").then().statusCode(201).extract().path("id");
        as("clinician1", CONSENT).post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(200);
        String session = as("scheduler1", SESSION).body("{\"patientId\":\"" + patient + "\",\"planId\":\"" + plan + "\",\"roomId\":\"" + room()
                        + "\",\"route\":\"IV\",\"start\":\"" + freeStart() + "\",\"durationMinutes\":100}")
                .post("/api/v1/sessions").then().statusCode(201).body("authorizationStatus", equalTo("UNVERIFIED")).extract().path("id");

        as("clinician1", CONSENT).body("{\"reason\":\"Patient withdraws from treatment\"}")
                .post("/api/v1/consents/" + consent + "/withdrawal").then().statusCode(200);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status = null;
        while (Instant.now().isBefore(deadline)) {
            status = as("nurse1", SESSION).get("/api/v1/sessions/" + session).then().statusCode(200).extract().path("authorizationStatus");
            if ("AUTHORIZATION_LOST".equals(status)) {
                break;
            }
            sleep(1000);
        }
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo("AUTHORIZATION_LOST");
        as("nurse1", SESSION).post("/api/v1/sessions/" + session + "/check-in").then().statusCode(422);
    }

    static String vitals(String id, Instant at, int systolic, int diastolic, int heartRate, int spo2) {
        return "{\"clientReadingId\":\"" + id + "\",\"measuredAt\":\"" + at + "\",\"systolic\":" + systolic + ",\"diastolic\":" + diastolic
                + ",\"heartRate\":" + heartRate + ",\"spo2\":" + spo2 + ",\"source\":\"DEVICE\"}";
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
