package io.ketacare.e2e;

import static io.ketacare.e2e.Stack.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Takes demo patient2 through the pathway over HTTP with real tokens, into induction: C-SSRS and
 * PHQ-9 scored, a condition and a current medication recorded, screened eligible, a consent signed
 * by the patient and witnessed, another one withdrawn, an IV plan drafted and activated, a first
 * session dosed and under monitoring (vitals, scores, an adverse event) and a second one booked.
 * Every step adds new records, so it runs again against a database that keeps earlier runs; the
 * newest consent and plan are the ones in force.
 */
final class PathwayJourney {

    static final String PATIENT = Stack.PATIENT2.toString();
    private static final String PATIENTS = "/api/v1/patients/" + PATIENT;

    /** What the journey created. */
    record Result(String consentId, String withdrawnConsentId, String planId, String dosedSessionId, String bookedSessionId) {
    }

    private static Result done;

    private PathwayJourney() {
    }

    /** Runs the journey once per test JVM. */
    static synchronized Result run() {
        if (done == null) {
            done = walk();
        }
        return done;
    }

    private static Result walk() {
        as("nurse1", "patient-service").body("{\"instrument\":\"CSSRS_SCREEN\",\"items\":[0,0,0,0,0,0]}")
                .post(PATIENTS + "/assessments").then().statusCode(201);
        as("patient2", "patient-service").body("{\"instrument\":\"PHQ9\",\"items\":[2,2,2,2,2,2,2,2,0]}")
                .post(PATIENTS + "/assessments").then().statusCode(201);
        as("nurse1", "patient-service").body("{\"instrument\":\"GAD7\",\"items\":[2,2,1,1,1,1,1]}")
                .post(PATIENTS + "/assessments").then().statusCode(201);
        as("clinician1", "patient-service")
                .body("{\"kind\":\"MAJOR_DEPRESSIVE_DISORDER\",\"icd10Code\":\"F33.1\",\"description\":\"Recurrent major depressive disorder\","
                        + "\"status\":\"ACTIVE\",\"severity\":\"MODERATE\",\"onsetDate\":\"2019-05-01\"}")
                .post(PATIENTS + "/conditions").then().statusCode(201);
        as("nurse1", "patient-service")
                .body("{\"name\":\"Sertraline\",\"medicationClass\":\"ANTIDEPRESSANT\",\"dailyDoseMg\":100,\"status\":\"ACTIVE\",\"startDate\":\"2024-01-10\"}")
                .post(PATIENTS + "/medications").then().statusCode(201);
        as("nurse1", "patient-service")
                .body("{\"vitals\":{\"systolicMmHg\":124,\"diastolicMmHg\":80,\"heartRateBpm\":70,\"spo2Percent\":98,\"weightKg\":72.5},"
                        + "\"answers\":{\"pregnant\":\"NO\",\"breastfeeding\":\"NO\",\"ketamineHypersensitivity\":\"NO\",\"activePsychosisOrMania\":\"NO\"}}")
                .post(PATIENTS + "/screenings").then().statusCode(201).body("outcome", equalTo("ELIGIBLE"));

        String consent = present();
        as("patient2", "consent-service").body("{\"signerName\":\"Peter Patient\"}").post("/api/v1/consents/" + consent + "/signature")
                .then().statusCode(200).body("status", equalTo("PENDING"));
        as("clinician1", "consent-service").body("{}").post("/api/v1/consents/" + consent + "/signature")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        String withdrawn = present();
        as("patient2", "consent-service").body("{\"reason\":\"Presented twice by mistake\"}").post("/api/v1/consents/" + withdrawn + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        String plan = as("clinician1", "consent-service")
                .body("{\"indication\":\"Treatment-resistant major depressive disorder\",\"route\":\"IV\",\"dose\":{\"unit\":\"MG_PER_KG\",\"value\":0.5},"
                        + "\"infusionMinutes\":40,\"phases\":[{\"name\":\"induction\",\"weeks\":3,\"sessionsPerWeek\":2},"
                        + "{\"name\":\"maintenance\",\"weeks\":8,\"sessionsPerWeek\":0.5}],\"estimatedSessions\":10}")
                .post(PATIENTS + "/treatment-plans").then().statusCode(201).extract().path("id");
        as("clinician1", "consent-service").post("/api/v1/treatment-plans/" + plan + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        String room = TreatmentSessionE2ETest.room();
        String dosed = dosedAndMonitored(plan, room);
        String booked = book(plan, room);
        return new Result(consent, withdrawn, plan, dosed, booked);
    }

    private static String book(String plan, String room) {
        return as("scheduler1", "session-service").body("{\"patientId\":\"" + PATIENT + "\",\"planId\":\"" + plan + "\",\"roomId\":\"" + room
                        + "\",\"route\":\"IV\",\"start\":\"" + TreatmentSessionE2ETest.freeStart() + "\",\"durationMinutes\":100}")
                .post("/api/v1/sessions").then().statusCode(201).body("status", equalTo("SCHEDULED")).extract().path("id");
    }

    /**
     * A session of the new plan checked in (asked of consent-service), checked, and its 40-minute infusion of 0.5 mg/kg
     * of 70 kg started just after the check (the server refuses a dose charted before its pre-dose check), with vitals,
     * MOAA/S and CADSS and a mild adverse event, left running.
     */
    private static String dosedAndMonitored(String plan, String room) {
        String session = book(plan, room);
        String base = "/api/v1/sessions/" + session;
        as("nurse1", "session-service").post(base + "/check-in").then().statusCode(200).body("status", equalTo("CHECKED_IN"));
        Instant checked = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        as("nurse1", "session-service").body("""
                {"systolic":128,"diastolic":82,"heartRate":76,"spo2":98,"weightKg":70.0,"lastFoodAt":"%s","lastLiquidAt":"%s",
                 "escortConfirmed":true,"pregnancyTest":"NOT_APPLICABLE","newInteractingMedication":false,
                 "concomitantMedications":{"benzodiazepines":false,"sedativeHypnotics":false,"psychostimulants":false,"maois":false,"opioids":false}}"""
                .formatted(checked.minus(Duration.ofHours(4)), checked.minus(Duration.ofHours(1))))
                .post(base + "/pre-dose-check").then().statusCode(200).body("status", equalTo("READY_TO_DOSE"));
        Instant doseStart = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        as("nurse1", "session-service").body("{\"route\":\"IV\",\"doseMg\":35,\"lotNumber\":\"LOT-PW-1\",\"startedAt\":\"" + doseStart + "\"}")
                .post(base + "/dose").then().statusCode(200).body("status", equalTo("DOSING"));
        as("nurse1", "session-service").body("{\"readings\":["
                        + TreatmentSessionE2ETest.vitals("pw-" + session + "-1", doseStart, 134, 84, 80, 97) + ","
                        + TreatmentSessionE2ETest.vitals("pw-" + session + "-2", doseStart.plusSeconds(1), 126, 80, 74, 98) + "]}")
                .post(base + "/vitals").then().statusCode(200).body("stored", equalTo(2));
        for (String score : new String[] {"\"MOAA_S\",\"score\":5", "\"CADSS\",\"score\":4"}) {
            as("nurse1", "session-service").body("{\"instrument\":" + score + ",\"measuredAt\":\"" + doseStart.plusSeconds(1) + "\"}")
                    .post(base + "/scores").then().statusCode(201);
        }
        as("nurse1", "session-service").body("{\"type\":\"NAUSEA\",\"severity\":\"MILD\",\"description\":\"Nausea during the infusion\","
                        + "\"actionTaken\":\"Ondansetron 4 mg orally\",\"outcome\":\"RESOLVED\",\"onsetAt\":\"" + doseStart + "\"}")
                .post(base + "/adverse-events").then().statusCode(201);
        return session;
    }

    private static String present() {
        return as("clinician1", "consent-service").body("{\"documentCode\":\"KETAMINE_TREATMENT\"}")
                .post(PATIENTS + "/consents").then().statusCode(201).extract().path("id");
    }

    /** A client-credentials token of the integrator client of the realm. */
    static synchronized String integratorToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("client_id", "ketacare-integrator").formParam("client_secret", "ketacare-integrator-secret")
                .formParam("grant_type", "client_credentials")
                .post(Stack.KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
