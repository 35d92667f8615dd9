package io.ketacare.patient.api;

import static io.ketacare.patient.api.ClinicalApi.api;
import static io.ketacare.patient.api.ClinicalApi.assessment;
import static io.ketacare.patient.api.ClinicalApi.condition;
import static io.ketacare.patient.api.ClinicalApi.medication;
import static io.ketacare.patient.api.ClinicalApi.patientPath;
import static io.ketacare.patient.api.ClinicalApi.review;
import static io.ketacare.patient.api.ClinicalApi.screening;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.patient.domain.Patients;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The clinician review of a screening: once, with a reason, never ELIGIBLE against an absolute contraindication. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ScreeningReviewResourceTest {

    static final String NO_RISK = "[0,0,0,0,0,0]";

    @Inject
    Patients patients;

    /** A new patient with a C-SSRS screen on record, as screening expects. */
    UUID screenablePatient() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().body(assessment("CSSRS_SCREEN", NO_RISK)).post(patientPath(patient, "assessments")).then().statusCode(201);
        return patient;
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void pregnancyIsIneligibleAndNoReviewMakesItEligible() {
        UUID patient = screenablePatient();
        String id = api().body(screening(120, 80, "YES")).post(patientPath(patient, "screenings")).then().statusCode(201)
                .body("outcome", equalTo("INELIGIBLE"))
                .body("findings.code", contains("PREGNANCY")).body("findings[0].effect", equalTo("INELIGIBLE"))
                .extract().path("id");
        String reviewPath = patientPath(patient, "screenings/" + id + "/review");
        api().body(review("ELIGIBLE", "patient insists")).post(reviewPath).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ketacare.dev/problems/absolute-contraindication"))
                .body("criteria.code", contains("PREGNANCY"));
        api().body(review("INELIGIBLE", "confirmed")).post(reviewPath).then().statusCode(409)
                .body("type", equalTo("https://ketacare.dev/problems/screening-not-awaiting-review"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void highBloodPressureNeedsReviewAndAClinicianResolvesItOnce() {
        UUID patient = screenablePatient();
        String id = api().body(screening(150, 85, "NO")).post(patientPath(patient, "screenings")).then().statusCode(201)
                .body("outcome", equalTo("NEEDS_REVIEW"))
                .body("findings.code", contains("BLOOD_PRESSURE_ABOVE_LIMIT"))
                .body("findings[0].message", containsString("150/85")).extract().path("id");
        String reviewPath = patientPath(patient, "screenings/" + id + "/review");
        api().body(review("ELIGIBLE", "Rechecked at 132/84 after rest")).post(reviewPath).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("outcome", equalTo("NEEDS_REVIEW")).body("decision", equalTo("ELIGIBLE"))
                .body("review.reviewedBy", equalTo("clinician1")).body("review.reason", equalTo("Rechecked at 132/84 after rest"));
        api().body(review("INELIGIBLE", "second thoughts")).post(reviewPath).then().statusCode(409)
                .body("type", equalTo("https://ketacare.dev/problems/screening-already-reviewed"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void reviewReadsTheRecordAsItIsNow() {
        UUID patient = screenablePatient();
        String id = api().body(screening(150, 85, "NO")).post(patientPath(patient, "screenings")).path("id");
        String reviewPath = patientPath(patient, "screenings/" + id + "/review");
        api().body(medication("Methylphenidate", "PSYCHOSTIMULANT", "ACTIVE")).post(patientPath(patient, "medications"))
                .then().statusCode(201);
        api().body(review("ELIGIBLE", "BP fine on recheck")).post(reviewPath).then().statusCode(409)
                .body("type", equalTo("https://ketacare.dev/problems/record-changed-since-screening"))
                .body("detail", containsString("Methylphenidate"));

        api().body(condition("INTRACEREBRAL_HAEMORRHAGE", "RESOLVED")).post(patientPath(patient, "conditions")).then().statusCode(201);
        api().body(review("ELIGIBLE", "BP fine on recheck")).post(reviewPath).then().statusCode(422)
                .body("criteria.code", contains("INTRACEREBRAL_HAEMORRHAGE"));
        api().body(review("INELIGIBLE", "History of intracerebral haemorrhage")).post(reviewPath).then().statusCode(200)
                .body("decision", equalTo("INELIGIBLE"));
    }
}
