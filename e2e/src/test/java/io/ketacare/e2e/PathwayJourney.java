package io.ketacare.e2e;

import static io.ketacare.e2e.Stack.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;

/**
 * Takes demo patient2 through the pathway over HTTP with real tokens, up to an active IV plan:
 * C-SSRS and PHQ-9 scored, a condition and a current medication recorded, screened eligible, a
 * consent signed by the patient and witnessed, another one withdrawn, a plan drafted and activated.
 * Every step adds new records, so it runs again against a database that keeps earlier runs; the
 * newest consent and plan are the ones in force.
 */
final class PathwayJourney {

    static final String PATIENT = Stack.PATIENT2.toString();
    private static final String PATIENTS = "/api/v1/patients/" + PATIENT;

    /** What the journey created. */
    record Result(String consentId, String withdrawnConsentId, String planId) {
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
        return new Result(consent, withdrawn, plan);
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
