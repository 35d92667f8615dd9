package io.ketacare.patient.api;

import static io.ketacare.patient.api.ClinicalApi.api;
import static io.ketacare.patient.api.ClinicalApi.patientPath;
import static io.ketacare.patient.api.ClinicalApi.raw;
import static io.ketacare.patient.api.ClinicalApi.trial;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
class TreatmentHistoryResourceTest {

    static final String SELF = "0e0e0e0e-1111-4222-8333-444444444444";

    @Inject
    Patients patients;

    @Inject
    PatientRepository patientRepository;

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void clinicianRecordsTrialsAndTherapies() {
        UUID patient = ClinicalApi.newPatient(patients);
        Response created = api().body(trial("Escitalopram", true, "NO_RESPONSE")).post(patientPath(patient, "treatment-history"));
        created.then().statusCode(201)
                .header("Location", containsString(patientPath(patient, "treatment-history/")))
                .header("ETag", equalTo("\"0\""))
                .body("failedAdequateTrial", equalTo(true)).body("durationWeeks", equalTo(8));
        api().body("{\"type\":\"ECT\",\"outcome\":\"PARTIAL_RESPONSE\",\"durationWeeks\":4}").post(patientPath(patient, "treatment-history"))
                .then().statusCode(201).body("failedAdequateTrial", equalTo(false));
        api().get(patientPath(patient, "treatment-history/" + created.path("id"))).then().statusCode(200).header("ETag", equalTo("\"0\""));
        api().get(patientPath(patient, "treatment-history")).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].drug", equalTo("Escitalopram"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void antidepressantTrialNeedsDrugAndAdequacy() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().body("{\"type\":\"ANTIDEPRESSANT_TRIAL\",\"outcome\":\"NO_RESPONSE\"}").post(patientPath(patient, "treatment-history"))
                .then().statusCode(400).body("violations.field", contains("drug", "adequate"));
        raw().body("{\"type\":\"ANTIDEPRESSANT_TRIAL\",\"drug\":\"X\",\"adequate\":true,\"outcome\":\"NO_RESPONSE\",\"durationWeeks\":-2}")
                .post(patientPath(patient, "treatment-history")).then().statusCode(400)
                .body("violations[0].field", equalTo("durationWeeks"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void unknownPatientOrEntryIsNotFoundAndReusedKeyIsAConflict() {
        api().body(trial("Sertraline", true, "NO_RESPONSE")).post(patientPath(UUID.randomUUID(), "treatment-history")).then().statusCode(404);
        UUID patient = ClinicalApi.newPatient(patients);
        api().get(patientPath(patient, "treatment-history/" + UUID.randomUUID())).then().statusCode(404);
        String key = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).body(trial("Sertraline", true, "NO_RESPONSE")).post(patientPath(patient, "treatment-history"))
                .then().statusCode(201);
        api().header("Idempotency-Key", key).body(trial("Venlafaxine", true, "NO_RESPONSE")).post(patientPath(patient, "treatment-history"))
                .then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void nurseReadsButMayNotRecordTreatmentHistory() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().get(patientPath(patient, "treatment-history")).then().statusCode(200);
        api().body(trial("Sertraline", true, "NO_RESPONSE")).post(patientPath(patient, "treatment-history")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void schedulerMayNotSeeTreatmentHistory() {
        api().get(patientPath(ClinicalApi.newPatient(patients), "treatment-history")).then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get(patientPath(UUID.randomUUID(), "treatment-history")).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "patient9", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = SELF))
    void patientReadsOwnTreatmentHistoryOnly() {
        UUID self = ClinicalApi.ensurePatient(patients, patientRepository, SELF);
        api().get(patientPath(self, "treatment-history")).then().statusCode(200);
        api().get(patientPath(ClinicalApi.newPatient(patients), "treatment-history")).then().statusCode(404);
    }
}
