package io.ketacare.patient.api;

import static io.ketacare.patient.api.ClinicalApi.api;
import static io.ketacare.patient.api.ClinicalApi.benzodiazepine;
import static io.ketacare.patient.api.ClinicalApi.medication;
import static io.ketacare.patient.api.ClinicalApi.patientPath;
import static io.ketacare.patient.api.ClinicalApi.raw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
class MedicationResourceTest {

    static final String SELF = "0d0d0d0d-1111-4222-8333-444444444444";

    @Inject
    Patients patients;

    @Inject
    PatientRepository patientRepository;

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void nurseRecordsAndStopsAMedication() {
        UUID patient = ClinicalApi.newPatient(patients);
        Response created = api().body(benzodiazepine("Lorazepam", "2.5")).post(patientPath(patient, "medications"));
        created.then().statusCode(201)
                .header("Location", containsString(patientPath(patient, "medications/")))
                .header("ETag", equalTo("\"0\""))
                .body("medicationClass", equalTo("BENZODIAZEPINE")).body("lorazepamEquivalentMgPerDay", equalTo(2.5f))
                .body("recordedBy", equalTo("nurse1"));
        String id = created.path("id");
        api().get(patientPath(patient, "medications/" + id)).then().statusCode(200).header("ETag", equalTo("\"0\""));
        api().header("If-Match", "\"0\"").body(benzodiazepine("Lorazepam", "2.5").replace("ACTIVE", "STOPPED"))
                .put(patientPath(patient, "medications/" + id)).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("STOPPED"));
        api().body(medication("Sertraline", "ANTIDEPRESSANT", "ACTIVE")).post(patientPath(patient, "medications")).then().statusCode(201);
        api().queryParam("status", "ACTIVE").get(patientPath(patient, "medications")).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].name", equalTo("Sertraline"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void benzodiazepineWithoutLorazepamEquivalentIsRejected() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().body(medication("Diazepam", "BENZODIAZEPINE", "ACTIVE")).post(patientPath(patient, "medications")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("lorazepamEquivalentMgPerDay"));
        raw().body("{\"name\":\"\",\"medicationClass\":\"WONDER_DRUG\",\"status\":\"ACTIVE\"}").post(patientPath(patient, "medications"))
                .then().statusCode(400).body("violations[0].field", equalTo("medicationClass"));
        raw().body("{\"name\":\"\",\"medicationClass\":\"OTHER\",\"dailyDoseMg\":-1}").post(patientPath(patient, "medications"))
                .then().statusCode(400).body("violations.field", hasItem("name")).body("violations.field", hasItem("dailyDoseMg"))
                .body("violations.field", hasItem("status"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void revisionNeedsTheCurrentEtagAndAKnownMedication() {
        UUID patient = ClinicalApi.newPatient(patients);
        String id = api().body(medication("Phenelzine", "MAOI", "ACTIVE")).post(patientPath(patient, "medications")).path("id");
        raw().body(medication("Phenelzine", "MAOI", "STOPPED")).put(patientPath(patient, "medications/" + id)).then().statusCode(428);
        api().header("If-Match", "\"9\"").body(medication("Phenelzine", "MAOI", "STOPPED")).put(patientPath(patient, "medications/" + id))
                .then().statusCode(412);
        api().header("If-Match", "\"0\"").body(medication("Phenelzine", "MAOI", "STOPPED"))
                .put(patientPath(patient, "medications/" + UUID.randomUUID())).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void idempotentRetryReturnsTheFirstMedication() {
        UUID patient = ClinicalApi.newPatient(patients);
        String key = UUID.randomUUID().toString();
        String first = api().header("Idempotency-Key", key).body(medication("Bupropion", "ANTIDEPRESSANT", "ACTIVE"))
                .post(patientPath(patient, "medications")).then().statusCode(201).extract().path("id");
        api().header("Idempotency-Key", key).body(medication("Bupropion", "ANTIDEPRESSANT", "ACTIVE"))
                .post(patientPath(patient, "medications")).then().statusCode(201).body("id", equalTo(first));
        api().header("Idempotency-Key", key).body(medication("Other", "OTHER", "ACTIVE"))
                .post(patientPath(patient, "medications")).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void unknownPatientIsNotFound() {
        api().get(patientPath(UUID.randomUUID(), "medications")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void schedulerMayNotSeeMedications() {
        api().get(patientPath(ClinicalApi.newPatient(patients), "medications")).then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get(patientPath(UUID.randomUUID(), "medications")).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "patient8", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = SELF))
    void patientReadsButMayNotRecordMedications() {
        UUID self = ClinicalApi.ensurePatient(patients, patientRepository, SELF);
        api().get(patientPath(self, "medications")).then().statusCode(200);
        api().body(medication("Sertraline", "ANTIDEPRESSANT", "ACTIVE")).post(patientPath(self, "medications")).then().statusCode(403);
        api().get(patientPath(ClinicalApi.newPatient(patients), "medications")).then().statusCode(404);
    }
}
