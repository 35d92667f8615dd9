package io.ketacare.consent;

import static io.restassured.RestAssured.given;

import io.ketacare.platform.testing.RealServices;
import io.restassured.http.ContentType;
import java.util.UUID;

/**
 * Patients registered and screened in the real patient-service (see {@link RealServices}), so that
 * consent-service asks it for their eligibility exactly as in production.
 */
public final class RealPatients {

    /** The patient-service the tests of this module run against. */
    public static final String PATIENT_SERVICE = "patient-service";

    private RealPatients() {
    }

    /** A negative C-SSRS screen, then screened with a normal blood pressure and no contraindication: ELIGIBLE. */
    public static UUID eligible() {
        return screened(118, 78);
    }

    /** Screened with a baseline blood pressure above 140/90: NEEDS_REVIEW. */
    public static UUID needingReview() {
        return screened(152, 94);
    }

    /** Registered and never screened: NOT_SCREENED. */
    public static UUID unscreened() {
        String mrn = "C-" + UUID.randomUUID().toString().substring(0, 12);
        return UUID.fromString(clinician().body("""
                {"mrn":"%s","givenName":"Casey","familyName":"Consent","birthDate":"1980-02-02","sex":"FEMALE"}""".formatted(mrn))
                .post("/api/v1/patients").then().statusCode(201).extract().path("id"));
    }

    private static UUID screened(int systolic, int diastolic) {
        UUID patient = unscreened();
        clinician().body("{\"instrument\":\"CSSRS_SCREEN\",\"items\":[0,0,0,0,0,0]}")
                .post("/api/v1/patients/" + patient + "/assessments").then().statusCode(201);
        screen(patient, systolic, diastolic);
        return patient;
    }

    /** A new screening of the patient; its outcome becomes the patient's eligibility. */
    public static void screen(UUID patient, int systolic, int diastolic) {
        clinician().body("""
                {"vitals":{"systolicMmHg":%d,"diastolicMmHg":%d,"heartRateBpm":72,"spo2Percent":98,"weightKg":70.5},
                 "answers":{"pregnant":"NO","breastfeeding":"NO","ketamineHypersensitivity":"NO","activePsychosisOrMania":"NO"}}"""
                .formatted(systolic, diastolic))
                .post("/api/v1/patients/" + patient + "/screenings").then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification clinician() {
        return given().baseUri(RealServices.url(PATIENT_SERVICE)).auth().oauth2(RealServices.token("clinician1"))
                .contentType(ContentType.JSON);
    }
}
