package io.ketacare.e2e;

import static io.ketacare.e2e.Stack.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Informed consent and the treatment plan through the real gateway with real tokens: an admin publishes
 * a consent document, a clinician presents it, answers a question and witnesses the signature; the plan
 * is drafted and activated against the real patient-service's eligibility; the treatment authorization
 * session-service relies on is true, and false with its reason once the consent is withdrawn.
 */
class ConsentE2ETest {

    static final String PATIENT1 = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001";

    static String newDocument(String... routes) {
        String code = "E2E_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        as("admin1", "consent-service").body("{\"code\":\"" + code + "\",\"title\":\"Consent to ketamine treatment (e2e)\"}")
                .post("/api/v1/consent-documents").then().statusCode(201);
        StringBuilder sections = new StringBuilder();
        for (String route : routes) {
            sections.append(sections.isEmpty() ? "" : ",").append("{\"route\":\"").append(route).append("\",\"text\":\"About ").append(route).append("\"}");
        }
        as("admin1", "consent-service").body("""
                {"procedure":"What happens in a session","risks":"Dissociation, raised blood pressure, nausea","benefits":"Rapid relief",
                 "alternatives":"Medication, psychotherapy, ECT, TMS","routeSections":[%s],"validityDays":365,"material":true}""".formatted(sections))
                .post("/api/v1/consent-documents/" + code + "/versions").then().statusCode(201).body("version", equalTo(1));
        return code;
    }

    static String eligiblePatient() {
        String mrn = "E2E-CS-" + UUID.randomUUID().toString().substring(0, 8);
        String patient = as("clinician1", "patient-service").body("""
                {"mrn":"%s","givenName":"Casey","familyName":"Consent","birthDate":"1979-05-02","sex":"MALE"}""".formatted(mrn))
                .post("/api/v1/patients").then().statusCode(201).extract().path("id");
        as("nurse1", "patient-service").body("{\"instrument\":\"CSSRS_SCREEN\",\"items\":[0,0,0,0,0,0]}")
                .post("/api/v1/patients/" + patient + "/assessments").then().statusCode(201);
        as("nurse1", "patient-service").body("""
                {"vitals":{"systolicMmHg":122,"diastolicMmHg":78,"heartRateBpm":70,"spo2Percent":98,"weightKg":80.0},
                 "answers":{"pregnant":"NO","breastfeeding":"NO","ketamineHypersensitivity":"NO","activePsychosisOrMania":"NO"}}""")
                .post("/api/v1/patients/" + patient + "/screenings").then().statusCode(201).body("outcome", equalTo("ELIGIBLE"));
        return patient;
    }

    static String authorization(String patient) {
        return "/api/v1/patients/" + patient + "/treatment-authorization";
    }

    @Test
    void consentSignedAndWitnessedPlanActivatedAuthorizedThenWithdrawnAndRefused() {
        String document = newDocument("IV", "IM");
        String patient = eligiblePatient();

        String consent = as("clinician1", "consent-service").body("{\"documentCode\":\"" + document + "\"}")
                .post("/api/v1/patients/" + patient + "/consents").then().statusCode(201)
                .header("Location", startsWith(Stack.GATEWAY + "/api/v1/consents/")).body("status", equalTo("PENDING"))
                .extract().path("id");
        as("clinician1", "consent-service").body("{\"question\":\"Can I drive home?\",\"answer\":\"No: not until the next day.\"}")
                .post("/api/v1/consents/" + consent + "/questions").then().statusCode(200).body("questions[0].answer", startsWith("No"));
        as("clinician1", "consent-service")
                .body("{\"signerName\":\"Casey Consent\",\"attestation\":\"Signed on paper in my presence after questions were answered\"}")
                .post("/api/v1/consents/" + consent + "/signature").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("signature.method", equalTo("CAPTURED_BY_CLINICIAN"));

        String plan = as("clinician1", "consent-service").body("""
                {"indication":"Treatment-resistant depression","route":"IV","dose":{"unit":"MG_PER_KG","value":0.5},
                 "phases":[{"name":"induction","weeks":3,"sessionsPerWeek":2}],"estimatedSessions":6}""")
                .post("/api/v1/patients/" + patient + "/treatment-plans").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("infusionMinutes", equalTo(40)).extract().path("id");
        as("clinician1", "consent-service").post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));

        as("nurse1", "consent-service").queryParam("route", "IV").get(authorization(patient)).then().statusCode(200)
                .body("authorized", equalTo(true)).body("reasons", empty()).body("consentId", equalTo(consent))
                .body("planId", equalTo(plan)).body("planVersion", equalTo(1)).body("dose.value", equalTo(0.5f));

        as("clinician1", "consent-service").body("{\"reason\":\"Patient no longer wishes to continue\"}")
                .post("/api/v1/consents/" + consent + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as("nurse1", "consent-service").queryParam("route", "IV").get(authorization(patient)).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasons.code", contains("CONSENT_MISSING"))
                .body("reasons[0].message", containsString("WITHDRAWN"));

    }

    @Test
    void aPausedPlanIsNotAuthorized() {
        String document = newDocument("IM");
        String patient = eligiblePatient();
        String consent = as("clinician1", "consent-service").body("{\"documentCode\":\"" + document + "\"}")
                .post("/api/v1/patients/" + patient + "/consents").then().statusCode(201).extract().path("id");
        as("clinician1", "consent-service").body("{\"signerName\":\"Casey Consent\",\"attestation\":\"Signed in my presence\"}")
                .post("/api/v1/consents/" + consent + "/signature").then().statusCode(200);
        String plan = as("clinician1", "consent-service").body("""
                {"indication":"Treatment-resistant depression","route":"IM","dose":{"unit":"MG_PER_KG","value":0.5},
                 "phases":[{"name":"induction","weeks":3,"sessionsPerWeek":2}],"estimatedSessions":6}""")
                .post("/api/v1/patients/" + patient + "/treatment-plans").then().statusCode(201).extract().path("id");
        as("clinician1", "consent-service").post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(200);

        as("clinician1", "consent-service").body("{\"status\":\"PAUSED\",\"reason\":\"BP 184/112 after the last dose\"}")
                .post("/api/v1/treatment-plans/" + plan + "/status-changes").then().statusCode(200).body("status", equalTo("PAUSED"));
        as("nurse1", "consent-service").queryParam("route", "IM").get(authorization(patient)).then()
                .body("authorized", equalTo(false)).body("reasons.code", contains("PLAN_PAUSED"));
    }

    @Test
    void aPatientSignsTheirOwnConsentAndSeesOnlyTheirOwn() {
        String document = newDocument("IV");
        String consent = as("clinician1", "consent-service").body("{\"documentCode\":\"" + document + "\"}")
                .post("/api/v1/patients/" + PATIENT1 + "/consents").then().statusCode(201).extract().path("id");
        as("patient1", "consent-service").body("{\"signerName\":\"Pat One\"}").post("/api/v1/consents/" + consent + "/signature")
                .then().statusCode(200).body("status", equalTo("PENDING")).body("signature.method", equalTo("PATIENT_SELF"));
        as("clinician1", "consent-service").body("{}").post("/api/v1/consents/" + consent + "/signature").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as("patient1", "consent-service").get("/api/v1/patients/" + PATIENT1 + "/consents").then().statusCode(200)
                .body("items.id", hasItem(consent));
        Stack.rawAs("patient2").get("/api/v1/patients/" + PATIENT1 + "/consents").then().statusCode(404);
        as("patient1", "consent-service").body("{\"reason\":\"Test over\"}").post("/api/v1/consents/" + consent + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }
}
