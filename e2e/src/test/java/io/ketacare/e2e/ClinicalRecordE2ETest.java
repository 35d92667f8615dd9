package io.ketacare.e2e;

import static io.ketacare.e2e.Stack.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The clinical record through the real gateway with real tokens: a patient is registered, assessed,
 * screened (one case of each outcome) and reviewed; every response is checked against the contract.
 */
class ClinicalRecordE2ETest {

    static final String PATIENTS = "/api/v1/patients";
    static final String NO_RISK = "[0,0,0,0,0,0]";

    static String register() {
        String mrn = "E2E-CR-" + UUID.randomUUID().toString().substring(0, 8);
        return as("clinician1", "patient-service")
                .body("""
                        {"mrn":"%s","givenName":"Robin","familyName":"Record","birthDate":"1982-07-14","sex":"FEMALE"}""".formatted(mrn))
                .post(PATIENTS).then().statusCode(201).extract().path("id");
    }

    static String path(String patientId, String sub) {
        return PATIENTS + "/" + patientId + "/" + sub;
    }

    static String assessment(String instrument, String items) {
        return """
                {"instrument":"%s","items":%s}""".formatted(instrument, items);
    }

    static String screening(int systolic, int diastolic, String pregnant) {
        return """
                {"vitals":{"systolicMmHg":%d,"diastolicMmHg":%d,"heartRateBpm":70,"spo2Percent":98,"weightKg":68.0},
                 "answers":{"pregnant":"%s","breastfeeding":"NO","ketamineHypersensitivity":"NO","activePsychosisOrMania":"NO"}}"""
                .formatted(systolic, diastolic, pregnant);
    }

    static String screen(String patientId, int systolic, String pregnant, String expectedOutcome) {
        return as("nurse1", "patient-service").body(screening(systolic, 80, pregnant)).post(path(patientId, "screenings"))
                .then().statusCode(201)
                .header("Location", startsWith(Stack.GATEWAY + path(patientId, "screenings/")))
                .body("outcome", equalTo(expectedOutcome)).body("protocolVersion", equalTo(1))
                .extract().path("id");
    }

    @Test
    void patientIsAssessedScreenedEligibleAndMadeStaleByANewInteractingMedication() {
        String patient = register();
        as("nurse1", "patient-service").body(assessment("PHQ9", "[2,2,2,2,2,1,1,1,1]")).post(path(patient, "assessments"))
                .then().statusCode(201)
                .body("total", equalTo(14)).body("band", equalTo("MODERATE"))
                .body("flags", contains("SUICIDAL_IDEATION")).body("scoreCode", equalTo("44261-6"));
        as("nurse1", "patient-service").body(assessment("CSSRS_SCREEN", NO_RISK)).post(path(patient, "assessments"))
                .then().statusCode(201).body("band", equalTo("NONE"));
        as("clinician1", "patient-service")
                .body("{\"kind\":\"MAJOR_DEPRESSIVE_DISORDER\",\"icd10Code\":\"F33.1\",\"description\":\"Recurrent MDD\",\"status\":\"ACTIVE\"}")
                .post(path(patient, "conditions")).then().statusCode(201);
        for (String drug : new String[] {"Sertraline", "Venlafaxine"}) {
            as("clinician1", "patient-service").body("""
                    {"type":"ANTIDEPRESSANT_TRIAL","drug":"%s","durationWeeks":8,"adequate":true,"outcome":"NO_RESPONSE"}""".formatted(drug))
                    .post(path(patient, "treatment-history")).then().statusCode(201);
        }

        String screeningId = screen(patient, 124, "NO", "ELIGIBLE");
        as("clinician1", "patient-service").get(path(patient, "eligibility")).then().statusCode(200)
                .body("status", equalTo("ELIGIBLE")).body("screeningId", equalTo(screeningId))
                .body("treatmentResistantDepression", equalTo(true));

        as("nurse1", "patient-service")
                .body("{\"name\":\"Phenelzine\",\"medicationClass\":\"MAOI\",\"dailyDoseMg\":45,\"status\":\"ACTIVE\"}")
                .post(path(patient, "medications")).then().statusCode(201);
        as("clinician1", "patient-service").get(path(patient, "eligibility")).then().statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW")).body("stale", equalTo(true))
                .body("reasons[0].code", equalTo("RECORD_CHANGED_SINCE_SCREENING"));
    }

    @Test
    void highBloodPressureNeedsReviewAndTheClinicianDecides() {
        String patient = register();
        as("nurse1", "patient-service").body(assessment("CSSRS_SCREEN", NO_RISK)).post(path(patient, "assessments")).then().statusCode(201);
        String screeningId = screen(patient, 152, "NO", "NEEDS_REVIEW");
        as("clinician1", "patient-service").get(path(patient, "eligibility")).then()
                .body("status", equalTo("NEEDS_REVIEW")).body("reasons.code", hasItem("BLOOD_PRESSURE_ABOVE_LIMIT"));

        as("nurse1", "patient-service").body("{\"decision\":\"ELIGIBLE\",\"reason\":\"fine\"}")
                .post(path(patient, "screenings/" + screeningId + "/review")).then().statusCode(403);
        as("clinician1", "patient-service").body("{\"decision\":\"ELIGIBLE\",\"reason\":\"Rechecked at 134/84 after rest\"}")
                .post(path(patient, "screenings/" + screeningId + "/review")).then().statusCode(200)
                .body("decision", equalTo("ELIGIBLE")).body("review.reviewedBy", equalTo("clinician1"));
        as("clinician1", "patient-service").get(path(patient, "eligibility")).then()
                .body("status", equalTo("ELIGIBLE")).body("review.decision", equalTo("ELIGIBLE"));
    }

    @Test
    void pregnancyIsIneligibleAndNoReviewCanMakeItEligible() {
        String patient = register();
        as("nurse1", "patient-service").body(assessment("CSSRS_SCREEN", NO_RISK)).post(path(patient, "assessments")).then().statusCode(201);
        String screeningId = screen(patient, 118, "YES", "INELIGIBLE");
        as("clinician1", "patient-service").body("{\"decision\":\"ELIGIBLE\",\"reason\":\"override\"}")
                .post(path(patient, "screenings/" + screeningId + "/review")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ketacare.dev/problems/absolute-contraindication"))
                .body("criteria.code", contains("PREGNANCY"));
        as("clinician1", "patient-service").get(path(patient, "eligibility")).then().body("status", equalTo("INELIGIBLE"));
    }

    @Test
    void invalidItemAnswersAreRejectedNamingTheItem() {
        String patient = register();
        as("nurse1", "patient-service").body(assessment("PHQ9", "[1,1,1,1,1,1,1,1]")).post(path(patient, "assessments"))
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("items"));
        as("nurse1", "patient-service").body(assessment("GAD7", "[0,0,5,0,0,0,0]")).post(path(patient, "assessments"))
                .then().statusCode(400).body("violations[0].field", equalTo("items[2]"));
    }

    @Test
    void patientSubmitsOwnSelfReportsAndReadsOwnRecordOnly() {
        String self = Stack.PATIENT1.toString();
        as("patient1", "patient-service").body(assessment("PHQ9", "[1,1,1,1,0,0,0,0,0]")).post(path(self, "assessments"))
                .then().statusCode(201).body("recordedBy", equalTo("patient1"));
        as("patient1", "patient-service").body(assessment("MADRS", "[1,1,1,1,1,1,1,1,1,1]")).post(path(self, "assessments"))
                .then().statusCode(403);
        as("patient1", "patient-service").get(path(self, "eligibility")).then().statusCode(200).body("status", notNullValue());
        as("patient1", "patient-service").get(path(Stack.PATIENT2.toString(), "assessments")).then().statusCode(404);
        as("scheduler1", "patient-service").get(path(self, "conditions")).then().statusCode(403);
    }

    @Test
    void clinicalRecordAccessIsAudited() {
        String patient = register();
        as("nurse1", "patient-service").body(assessment("PHQ9", "[0,0,0,0,0,0,0,0,1]")).post(path(patient, "assessments"))
                .then().statusCode(201);
        as("clinician1", "patient-service").get(path(patient, "eligibility")).then().statusCode(200);
        as("admin1", "patient-service").queryParam("patientId", patient).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.path", hasItems(path(patient, "assessments"), path(patient, "eligibility")))
                .body("items.actorName", hasItems("nurse1", "clinician1"))
                .body("items.action", hasItems("CREATE", "READ"))
                .body("items.path", hasItem(containsString("/eligibility")));
    }
}
