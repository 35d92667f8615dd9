package io.ketacare.patient.api;

import static io.ketacare.patient.api.ClinicalApi.api;
import static io.ketacare.patient.api.ClinicalApi.assessment;
import static io.ketacare.patient.api.ClinicalApi.patientPath;
import static io.ketacare.patient.api.ClinicalApi.raw;
import static io.ketacare.patient.api.ClinicalApi.review;
import static io.ketacare.patient.api.ClinicalApi.screening;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.persistence.PatientRepository;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ScreeningResourceTest {

    static final String SELF = "1a1a1a1a-1111-4222-8333-444444444444";
    static final String NO_RISK = "[0,0,0,0,0,0]";

    @Inject
    Patients patients;

    @Inject
    PatientRepository patientRepository;

    /** A new patient with a C-SSRS screen on record, as screening expects. */
    UUID screenablePatient() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().body(assessment("CSSRS_SCREEN", NO_RISK)).post(patientPath(patient, "assessments")).then().statusCode(201);
        return patient;
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void patientWithoutContraindicationsIsEligible() {
        UUID patient = screenablePatient();
        Response created = api().body(screening(128, 82, "NO")).post(patientPath(patient, "screenings"));
        created.then().statusCode(201)
                .header("Location", containsString(patientPath(patient, "screenings/")))
                .header("ETag", equalTo("\"0\""))
                .body("outcome", equalTo("ELIGIBLE")).body("decision", equalTo("ELIGIBLE")).body("findings", empty())
                .body("protocolVersion", equalTo(1)).body("cssrsAssessmentId", notNullValue())
                .body("vitals.systolicMmHg", equalTo(128)).body("answers.pregnant", equalTo("NO"));
        api().get(patientPath(patient, "screenings/" + created.path("id"))).then().statusCode(200).header("ETag", equalTo("\"0\""));
        api().get(patientPath(patient, "screenings")).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void invalidScreeningsAndReviewsAreListedAsViolations() {
        UUID patient = screenablePatient();
        raw().body("{\"vitals\":{\"diastolicMmHg\":80},\"answers\":{\"pregnant\":\"NO\"}}").post(patientPath(patient, "screenings"))
                .then().statusCode(400)
                .body("violations.field", hasItem("vitals.systolicMmHg")).body("violations.field", hasItem("answers.breastfeeding"));
        raw().body(screening(120, 80, "MAYBE")).post(patientPath(patient, "screenings")).then().statusCode(400);
        String id = api().body(screening(150, 85, "NO")).post(patientPath(patient, "screenings")).path("id");
        raw().body(review("ELIGIBLE", " ")).post(patientPath(patient, "screenings/" + id + "/review")).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        raw().body(review("NEEDS_REVIEW", "undecided")).post(patientPath(patient, "screenings/" + id + "/review")).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void unknownPatientOrScreeningIsNotFoundAndReusedKeyIsAConflict() {
        api().body(screening(120, 80, "NO")).post(patientPath(UUID.randomUUID(), "screenings")).then().statusCode(404);
        UUID patient = screenablePatient();
        api().get(patientPath(patient, "screenings/" + UUID.randomUUID())).then().statusCode(404);
        api().body(review("ELIGIBLE", "fine")).post(patientPath(patient, "screenings/" + UUID.randomUUID() + "/review"))
                .then().statusCode(404);
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).body(screening(120, 80, "NO")).post(patientPath(patient, "screenings")).then().statusCode(201);
        api().header("Idempotency-Key", key).body(screening(120, 80, "NO")).post(patientPath(patient, "screenings")).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        api().header("Idempotency-Key", key).body(screening(150, 80, "NO")).post(patientPath(patient, "screenings")).then().statusCode(409);
        api().get(patientPath(patient, "screenings")).then().body("totalItems", equalTo(1));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void nurseScreensButMayNotReview() {
        UUID patient = screenablePatient();
        String id = api().body(screening(150, 85, "NO")).post(patientPath(patient, "screenings")).then().statusCode(201)
                .body("screenedBy", equalTo("nurse1")).extract().path("id");
        api().body(review("ELIGIBLE", "fine")).post(patientPath(patient, "screenings/" + id + "/review")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void schedulerMayNotScreen() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().body(screening(120, 80, "NO")).post(patientPath(patient, "screenings")).then().statusCode(403);
        api().get(patientPath(patient, "screenings")).then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get(patientPath(UUID.randomUUID(), "screenings")).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "patient11", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = SELF))
    void patientReadsOwnScreeningsOnly() {
        UUID self = ClinicalApi.ensurePatient(patients, patientRepository, SELF);
        api().get(patientPath(self, "screenings")).then().statusCode(200);
        api().body(screening(120, 80, "NO")).post(patientPath(self, "screenings")).then().statusCode(403);
        api().get(patientPath(ClinicalApi.newPatient(patients), "screenings")).then().statusCode(404);
    }
}
