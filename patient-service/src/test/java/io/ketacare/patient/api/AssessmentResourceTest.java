package io.ketacare.patient.api;

import static io.ketacare.patient.api.ClinicalApi.api;
import static io.ketacare.patient.api.ClinicalApi.assessment;
import static io.ketacare.patient.api.ClinicalApi.patientPath;
import static io.ketacare.patient.api.ClinicalApi.raw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

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
class AssessmentResourceTest {

    static final String SELF = "0f0f0f0f-1111-4222-8333-444444444444";
    static final String PHQ9_OF_20 = "[3,3,3,3,3,3,2,0,0]";
    static final String PHQ9_OF_10 = "[2,2,2,2,2,0,0,0,0]";
    static final String PHQ9_OF_8 = "[2,2,2,2,0,0,0,0,0]";
    static final String PHQ9_OF_13 = "[3,3,3,3,1,0,0,0,0]";

    @Inject
    Patients patients;

    @Inject
    PatientRepository patientRepository;

    static String at(String instrument, String items, String administeredAt) {
        return assessment(instrument, items).replace("}", ",\"administeredAt\":\"" + administeredAt + "\"}");
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void phq9Item9AboveZeroRaisesTheSuicidalIdeationFlag() {
        UUID patient = ClinicalApi.newPatient(patients);
        Response created = api().body(assessment("PHQ9", "[1,2,1,2,1,1,0,1,1]")).post(patientPath(patient, "assessments"));
        created.then().statusCode(201)
                .header("Location", containsString(patientPath(patient, "assessments/")))
                .header("ETag", equalTo("\"0\""))
                .body("total", equalTo(10)).body("band", equalTo("MODERATE"))
                .body("flags", contains("SUICIDAL_IDEATION"))
                .body("codeSystem", equalTo("http://loinc.org")).body("panelCode", equalTo("44249-1")).body("scoreCode", equalTo("44261-6"))
                .body("instrumentVersion", equalTo("PHQ-9 (1999)")).body("baseline", equalTo(true))
                .body("items", contains(1, 2, 1, 2, 1, 1, 0, 1, 1));
        api().get(patientPath(patient, "assessments/" + created.path("id"))).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("total", equalTo(10));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void historyShowsChangeVsBaselineResponseRemissionAndRelapse() {
        UUID patient = ClinicalApi.newPatient(patients);
        String path = patientPath(patient, "assessments");
        api().body(at("PHQ9", PHQ9_OF_20, "2025-01-06T09:00:00Z")).post(path).then().statusCode(201);
        api().body(at("GAD7", "[3,3,3,3,3,0,0]", "2025-01-06T09:05:00Z")).post(path).then().statusCode(201);
        api().body(at("PHQ9", PHQ9_OF_10, "2025-01-20T09:00:00Z")).post(path).then().statusCode(201)
                .body("response", equalTo(true)).body("remission", equalTo(false)).body("changeFromBaseline", equalTo(-10))
                .body("percentChangeFromBaseline", equalTo(-50.0f));
        api().body(at("PHQ9", PHQ9_OF_8, "2025-02-03T09:00:00Z")).post(path).then().statusCode(201);
        api().body(at("PHQ9", PHQ9_OF_13, "2025-03-03T09:00:00Z")).post(path).then().statusCode(201)
                .body("flags", contains("RELAPSE_SIGNAL"));

        api().queryParam("instrument", "PHQ9").get(path).then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.total", contains(13, 8, 10, 20))
                .body("items[0].baselineTotal", equalTo(20))
                .body("items[3].baseline", equalTo(true))
                .body("items[1].flags", empty());
        api().get(path).then().statusCode(200).body("totalItems", equalTo(5));
        api().queryParam("instrument", "GAD7").get(path).then().body("items[0].band", equalTo("SEVERE"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void wrongItemCountOutOfRangeItemAndUnknownInstrumentAreRejected() {
        UUID patient = ClinicalApi.newPatient(patients);
        String path = patientPath(patient, "assessments");
        api().body(assessment("PHQ9", "[1,1,1,1,1,1,1,1]")).post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("items")).body("violations[0].message", containsString("exactly 9"));
        api().body(assessment("PHQ9", "[1,1,1,5,1,1,1,1,1]")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("items[3]"))
                .body("violations[0].message", equalTo("item 4 of PHQ9 must be 0 to 3, got 5"));
        raw().body(assessment("BDI2", "[1,1,1]")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("instrument"));
        raw().body("{\"instrument\":\"GAD7\"}").post(path).then().statusCode(400).body("violations[0].field", equalTo("items"));
        api().body(at("GAD7", "[0,0,0,0,0,0,0]", "2999-01-01T00:00:00Z")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("administeredAt"));
        raw().queryParam("instrument", "BDI2").get(path).then().statusCode(400).body("violations[0].field", equalTo("instrument"));
        api().get(patientPath(patient, "assessments/" + UUID.randomUUID())).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void nurseScoresClinicianRatedInstrumentsAndRetriesAreIdempotent() {
        UUID patient = ClinicalApi.newPatient(patients);
        String path = patientPath(patient, "assessments");
        api().body(assessment("MADRS", "[3,3,3,3,3,3,3,3,3,3]")).post(path).then().statusCode(201)
                .body("band", equalTo("MODERATE")).body("codeSystem", equalTo("https://ketacare.dev/codes/instruments"));
        String key = UUID.randomUUID().toString();
        String first = api().header("Idempotency-Key", key).body(assessment("CSSRS_SCREEN", "[1,1,0,1,0,0]")).post(path)
                .then().statusCode(201).body("band", equalTo("HIGH")).body("flags", contains("SUICIDE_RISK_HIGH")).extract().path("id");
        api().header("Idempotency-Key", key).body(assessment("CSSRS_SCREEN", "[1,1,0,1,0,0]")).post(path)
                .then().statusCode(201).body("id", equalTo(first));
        api().header("Idempotency-Key", key).body(assessment("CSSRS_SCREEN", "[0,0,0,0,0,0]")).post(path).then().statusCode(409);
        api().body(assessment("PHQ9", PHQ9_OF_8)).post(patientPath(UUID.randomUUID(), "assessments")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "patient10", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = SELF))
    void patientSubmitsOwnSelfReportsOnly() {
        UUID self = ClinicalApi.ensurePatient(patients, patientRepository, SELF);
        String path = patientPath(self, "assessments");
        api().body(assessment("PHQ9", PHQ9_OF_8)).post(path).then().statusCode(201).body("recordedBy", equalTo("patient10"));
        api().body(assessment("PCL5", "[2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,0,0,0]")).post(path).then().statusCode(201)
                .body("total", equalTo(32)).body("band", equalTo("PROBABLE_PTSD"));
        api().body(assessment("MADRS", "[1,1,1,1,1,1,1,1,1,1]")).post(path).then().statusCode(403);
        api().body(assessment("CSSRS_SCREEN", "[0,0,0,0,0,0]")).post(path).then().statusCode(403);
        api().get(path).then().statusCode(200);
        UUID other = ClinicalApi.newPatient(patients);
        api().body(assessment("PHQ9", PHQ9_OF_8)).post(patientPath(other, "assessments")).then().statusCode(404);
        api().get(patientPath(other, "assessments")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void schedulerMayNotSeeAssessments() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().get(patientPath(patient, "assessments")).then().statusCode(403);
        api().body(assessment("PHQ9", PHQ9_OF_8)).post(patientPath(patient, "assessments")).then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get(patientPath(UUID.randomUUID(), "assessments")).then().statusCode(401);
    }
}
