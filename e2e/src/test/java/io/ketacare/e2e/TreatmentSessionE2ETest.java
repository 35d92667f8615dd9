package io.ketacare.e2e;

import static io.ketacare.e2e.Stack.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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
 * (asked of the real consent-service), pre-dose check, 56 mg, vitals, scores and alerts, discharge
 * refused, and the complete monitoring record; the timeline rules hold against charted times.
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

    /**
     * A nurse runs a real intranasal session through the gateway, and every way its gates could once be walked around
     * with charted times is tried on the way (issue holes 1, 2, 3 and 8): a dose charted "now, ended 121 minutes ago",
     * times in the future, discharge on evidence that is not the latest, and a blood pressure above 180/110 on readings
     * 5 minutes apart. The packaged services run on the real clock, so the test waits until the second device and the
     * second reading, 5 minutes after the first, may be charted (the server accepts a time up to 2 minutes ahead of
     * it): about 3 minutes. Discharge is refused (120 minutes of observation have not passed); a clinician stops the
     * session with a disposition, and the record keeps the dose, the alerts and the REMS form.
     */
    @Test
    void aNurseRunsAnIntranasalSessionWhoseGatesHoldAgainstChartedTimes() {
        String patient = Stack.PATIENT1.toString();
        String plan = treatableByIntranasal(patient);
        String session = as("scheduler1", SESSION).body("{\"patientId\":\"" + patient + "\",\"planId\":\"" + plan + "\",\"roomId\":\"" + room()
                        + "\",\"route\":\"INTRANASAL\",\"start\":\"" + freeStart() + "\",\"durationMinutes\":150}")
                .post("/api/v1/sessions").then().statusCode(201).header("Location", containsString("/api/v1/sessions/"))
                .body("status", equalTo("SCHEDULED")).extract().path("id");
        String base = "/api/v1/sessions/" + session;

        as("nurse1", SESSION).post(base + "/check-in").then().statusCode(200)
                .body("status", equalTo("CHECKED_IN")).body("authorizationStatus", equalTo("AUTHORIZED")).body("consentId", notNullValue());
        Instant checkedIn = Instant.now();
        as("nurse1", SESSION).body("""
                {"systolic":128,"diastolic":82,"heartRate":76,"spo2":98,"weightKg":70.0,"lastFoodAt":"%s","lastLiquidAt":"%s",
                 "escortConfirmed":true,"pregnancyTest":"NOT_APPLICABLE","newInteractingMedication":false,
                 "concomitantMedications":{"benzodiazepines":false,"sedativeHypnotics":false,"psychostimulants":false,"maois":false,"opioids":false}}"""
                .formatted(checkedIn.minus(Duration.ofHours(4)), checkedIn.minus(Duration.ofHours(1))))
                .post(base + "/pre-dose-check").then().statusCode(200).body("status", equalTo("READY_TO_DOSE"));
        Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Instant second = first.plus(Duration.ofMinutes(5));

        // Hole 2: times in the future are refused, naming the field; a reading from before the check-in too.
        as("nurse1", SESSION).body(dose(first.plus(Duration.ofMinutes(10)), first.plus(Duration.ofMinutes(15)), null))
                .post(base + "/dose").then().statusCode(400).body("violations.field", hasItem("startedAt"));
        as("nurse1", SESSION).body(readings(vitals("tn-future-" + session, first.plus(Duration.ofMinutes(10)), 130, 80, 80, 97)))
                .post(base + "/vitals").then().statusCode(400).body("violations.field", hasItem("readings[0].measuredAt"));
        as("nurse1", SESSION).body(readings(vitals("tn-early-" + session, checkedIn.minus(Duration.ofMinutes(10)), 130, 80, 80, 97)))
                .post(base + "/vitals").then().statusCode(422);
        // Hole 1: charted now as given 126 and ended 121 minutes ago, it would have opened discharge at once; a dose
        // cannot start before the check-in and the pre-dose check.
        Instant now = Instant.now();
        as("nurse1", SESSION).body(dose(now.minus(Duration.ofMinutes(126)), now.minus(Duration.ofMinutes(121)), "Charted after the shift"))
                .post(base + "/dose").then().statusCode(422)
                .body("criteria.code", hasItems("DOSE_STARTED_BEFORE_CHECK_IN", "DOSE_STARTED_BEFORE_PRE_DOSE_CHECK"));

        // Hole 8: above 180/110, and still above on a reading 5 minutes later, is a sustained high blood pressure.
        as("nurse1", SESSION).body(readings(vitals("tn-high-1-" + session, first, 186, 112, 84, 97))).post(base + "/vitals").then()
                .statusCode(200).body("alerts.kind", not(hasItem("BLOOD_PRESSURE_HIGH_REPEATED")));
        sleep(Math.max(0, Duration.between(Instant.now(), second.minus(Duration.ofSeconds(90))).toMillis()));
        as("nurse1", SESSION).body(readings(vitals("tn-high-2-" + session, second, 184, 114, 84, 97))).post(base + "/vitals").then()
                .statusCode(200).body("alerts.kind", hasItem("BLOOD_PRESSURE_HIGH_REPEATED"));

        // 56 mg: two devices 5 minutes apart, the first after the pre-dose check.
        as("nurse1", SESSION).body(dose(first, second, null)).post(base + "/dose").then().statusCode(200)
                .body("status", equalTo("MONITORING")).body("dose.doseMg", equalTo(56)).body("dose.planVersion", notNullValue());
        as("nurse1", SESSION).body("{\"instrument\":\"MOAA_S\",\"score\":2,\"measuredAt\":\"" + second + "\"}")
                .post(base + "/scores").then().statusCode(201);

        // Hole 3: a normal reading measured before the latest high one does not clear discharge, nor do the recovered
        // scores: the evidence must be the latest of its kind, and 120 minutes of observation have not passed.
        as("nurse1", SESSION).body(readings(vitals("tn-normal-" + session, second.minus(Duration.ofMinutes(1)), 126, 80, 74, 98)))
                .post(base + "/vitals").then().statusCode(200);
        for (String score : new String[] {"\"MOAA_S\",\"score\":5", "\"CADSS\",\"score\":0"}) {
            as("nurse1", SESSION).body("{\"instrument\":" + score + ",\"measuredAt\":\"" + second.plusSeconds(1) + "\"}")
                    .post(base + "/scores").then().statusCode(201);
        }
        as("nurse1", SESSION).body("{\"escortPresent\":true,\"instructionsAcknowledged\":true}").post(base + "/discharge").then()
                .statusCode(422).body("type", equalTo("https://ketacare.dev/problems/discharge-criteria-not-met"))
                .body("criteria.code", hasItems("MINIMUM_OBSERVATION_NOT_ELAPSED", "LAST_SYSTOLIC_ABOVE_ALERT_LIMIT"));

        // Stopping a dosed session is a clinician's decision with a disposition; the record and the REMS form stay.
        as("nurse1", SESSION).body("{\"reason\":\"Blood pressure stays high\"}").post(base + "/abort").then().statusCode(422);
        as("clinician1", SESSION).body("{\"reason\":\"Blood pressure stays high\",\"disposition\":\"TRANSFERRED_TO_EMERGENCY_CARE\"}")
                .post(base + "/abort").then().statusCode(200).body("status", equalTo("ABORTED"))
                .body("disposition", equalTo("TRANSFERRED_TO_EMERGENCY_CARE"));
        as("nurse1", SESSION).get(base + "/monitoring-record").then().statusCode(200)
                .body("session.status", equalTo("ABORTED")).body("session.disposition", equalTo("TRANSFERRED_TO_EMERGENCY_CARE"))
                .body("preDoseCheck.systolic", equalTo(128)).body("vitals", hasSize(3)).body("scores", hasSize(3))
                .body("alerts.kind", hasItems("BLOOD_PRESSURE_HIGH_REPEATED", "DEEP_SEDATION"))
                .body("history.type", hasItems("BOOKED", "CHECKED_IN", "PRE_DOSE_CHECK_PASSED", "DOSE_STARTED", "DOSE_COMPLETED", "ABORTED"))
                .body("remsForm.doseMg", equalTo(56)).body("remsForm.lotNumber", equalTo("LOT-E2E-1")).body("remsForm.devices", equalTo(2))
                .body("remsForm.bloodPressureBeforeDosing", equalTo("128/82")).body("remsForm.status", equalTo("DUE"))
                .body("remsForm.dueDate", equalTo(first.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(7).toString()));
        as("patient1", SESSION).get(base).then().statusCode(200).body("patientId", equalTo(patient));
        as("patient2", SESSION).get(base).then().statusCode(404);
        as("nurse1", SESSION).queryParam("status", "due").queryParam("patientId", patient).queryParam("size", 200)
                .get("/api/v1/rems-reports").then().statusCode(200).body("items.sessionId", hasItem(session));
    }

    /** An intranasal dose of 56 mg in two devices, the second at {@code end}. */
    static String dose(Instant start, Instant end, String lateEntryReason) {
        return "{\"route\":\"INTRANASAL\",\"doseMg\":56,\"lotNumber\":\"LOT-E2E-1\",\"devices\":2,\"deviceTimes\":[\"" + start + "\",\"" + end
                + "\"],\"startedAt\":\"" + start + "\",\"endedAt\":\"" + end + "\""
                + (lateEntryReason == null ? "" : ",\"lateEntryReason\":\"" + lateEntryReason + "\"") + "}";
    }

    static String readings(String... readings) {
        return "{\"readings\":[" + String.join(",", readings) + "]}";
    }

    @Test
    void aSessionWithoutAuthorizationIsRefusedAtCheckIn() {
        String patient = as("clinician1", PATIENT).body("""
                {"mrn":"E2E-S-%s","givenName":"Uma","familyName":"Unconsented","birthDate":"1980-01-01","sex":"FEMALE"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))).post("/api/v1/patients").then().statusCode(201).extract().path("id");
        String room = room();
        // Booking asks consent-service for the plan: one that does not exist is refused at once.
        as("scheduler1", SESSION).body(booking(patient, UUID.randomUUID().toString(), room, "INTRANASAL"))
                .post("/api/v1/sessions").then().statusCode(422).body("criteria.code", hasItem("PLAN_NOT_FOUND"));
        String draft = as("clinician1", CONSENT).body("""
                {"indication":"Treatment-resistant depression","route":"IV","dose":{"unit":"MG_PER_KG","value":0.5},
                 "phases":[{"name":"induction","weeks":3,"sessionsPerWeek":2}],"estimatedSessions":6}""")
                .post("/api/v1/patients/" + patient + "/treatment-plans").then().statusCode(201).extract().path("id");
        as("scheduler1", SESSION).body(booking(patient, draft, room, "INTRANASAL"))
                .post("/api/v1/sessions").then().statusCode(422).body("criteria.code", hasItem("ROUTE_DIFFERS_FROM_PLAN"));
        String session = as("scheduler1", SESSION).body(booking(patient, draft, room, "IV"))
                .post("/api/v1/sessions").then().statusCode(201).extract().path("id");
        as("nurse1", SESSION).post("/api/v1/sessions/" + session + "/check-in").then().statusCode(422)
                .body("type", equalTo("https://ketacare.dev/problems/treatment-not-authorized"));
        as("nurse1", SESSION).get("/api/v1/sessions/" + session).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    static String booking(String patient, String plan, String room, String route) {
        return "{\"patientId\":\"" + patient + "\",\"planId\":\"" + plan + "\",\"roomId\":\"" + room + "\",\"route\":\"" + route
                + "\",\"start\":\"" + freeStart() + "\",\"durationMinutes\":150}";
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
