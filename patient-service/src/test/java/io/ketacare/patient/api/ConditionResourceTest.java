package io.ketacare.patient.api;

import static io.ketacare.patient.api.ClinicalApi.api;
import static io.ketacare.patient.api.ClinicalApi.condition;
import static io.ketacare.patient.api.ClinicalApi.patientPath;
import static io.ketacare.patient.api.ClinicalApi.raw;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.record.ConditionData;
import io.ketacare.patient.domain.record.ConditionKind;
import io.ketacare.patient.domain.record.ConditionStatus;
import io.ketacare.patient.domain.record.Conditions;
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
class ConditionResourceTest {

    static final String SELF = "0c0c0c0c-1111-4222-8333-444444444444";

    @Inject
    Patients patients;

    @Inject
    PatientRepository patientRepository;

    @Inject
    Conditions conditions;

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void clinicianRecordsReadsListsAndRevisesACondition() {
        UUID patient = ClinicalApi.newPatient(patients);
        Response created = api().body(condition("HEPATIC_IMPAIRMENT", "ACTIVE").replace("\"ACTIVE\"", "\"ACTIVE\",\"severity\":\"MILD\""))
                .post(patientPath(patient, "conditions"));
        created.then().statusCode(201)
                .header("Location", containsString(patientPath(patient, "conditions/")))
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("HEPATIC_IMPAIRMENT")).body("severity", equalTo("MILD")).body("recordedBy", equalTo("clinician1"));
        String id = created.path("id");

        api().get(patientPath(patient, "conditions/" + id)).then().statusCode(200).header("ETag", equalTo("\"0\""));
        api().header("If-Match", "\"0\"").body(condition("HEPATIC_IMPAIRMENT", "ENTERED_IN_ERROR"))
                .put(patientPath(patient, "conditions/" + id)).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("ENTERED_IN_ERROR"));
        api().body(condition("MAJOR_DEPRESSIVE_DISORDER", "ACTIVE")).post(patientPath(patient, "conditions")).then().statusCode(201);

        api().get(patientPath(patient, "conditions")).then().statusCode(200).body("totalItems", equalTo(2));
        api().queryParam("status", "ACTIVE").get(patientPath(patient, "conditions")).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].kind", equalTo("MAJOR_DEPRESSIVE_DISORDER"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void invalidConditionsAreListedAsViolations() {
        UUID patient = ClinicalApi.newPatient(patients);
        raw().body("{\"kind\":\"HYPERTENSION\",\"icd10Code\":\"not-icd\",\"description\":\"\"}")
                .post(patientPath(patient, "conditions")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("icd10Code")).body("violations.field", hasItem("description"))
                .body("violations.field", hasItem("status"));
        api().body(condition("HYPERTENSION", "ACTIVE").replace("}", ",\"lastUseDate\":\"2024-01-01\"}"))
                .post(patientPath(patient, "conditions")).then().statusCode(400)
                .body("violations[0].field", equalTo("lastUseDate"));
        raw().queryParam("status", "GONE").get(patientPath(patient, "conditions")).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void unknownPatientOrConditionIsNotFound() {
        api().body(condition("HYPERTENSION", "ACTIVE")).post(patientPath(UUID.randomUUID(), "conditions")).then().statusCode(404);
        UUID patient = ClinicalApi.newPatient(patients);
        api().get(patientPath(patient, "conditions/" + UUID.randomUUID())).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void revisionNeedsTheCurrentEtag() {
        UUID patient = ClinicalApi.newPatient(patients);
        String id = api().body(condition("HYPERTENSION", "ACTIVE")).post(patientPath(patient, "conditions")).path("id");
        raw().body(condition("HYPERTENSION", "RESOLVED")).put(patientPath(patient, "conditions/" + id)).then().statusCode(428);
        api().header("If-Match", "\"3\"").body(condition("HYPERTENSION", "RESOLVED")).put(patientPath(patient, "conditions/" + id))
                .then().statusCode(412).body("type", equalTo("https://ketacare.dev/problems/stale-etag"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void idempotentRetryReturnsTheFirstCondition() {
        UUID patient = ClinicalApi.newPatient(patients);
        String key = UUID.randomUUID().toString();
        String first = api().header("Idempotency-Key", key).body(condition("HYPERTENSION", "ACTIVE"))
                .post(patientPath(patient, "conditions")).then().statusCode(201).extract().path("id");
        api().header("Idempotency-Key", key).body(condition("HYPERTENSION", "ACTIVE")).post(patientPath(patient, "conditions"))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        api().header("Idempotency-Key", key).body(condition("PREGNANCY", "ACTIVE")).post(patientPath(patient, "conditions"))
                .then().statusCode(409).body("type", equalTo("https://ketacare.dev/problems/idempotency-key-reused"));
        api().get(patientPath(patient, "conditions")).then().body("totalItems", equalTo(1));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void nurseReadsButMayNotRecordConditions() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().get(patientPath(patient, "conditions")).then().statusCode(200);
        api().body(condition("HYPERTENSION", "ACTIVE")).post(patientPath(patient, "conditions")).then().statusCode(403);
        api().header("If-Match", "\"0\"").body(condition("HYPERTENSION", "ACTIVE"))
                .put(patientPath(patient, "conditions/" + UUID.randomUUID())).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void schedulerSeesDemographicsOnly() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().get("/api/v1/patients/" + patient).then().statusCode(200);
        api().get(patientPath(patient, "conditions")).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get(patientPath(UUID.randomUUID(), "conditions")).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "patient7", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = SELF))
    void patientReadsTheirOwnConditionsOnly() {
        UUID self = ClinicalApi.ensurePatient(patients, patientRepository, SELF);
        String id = conditions.record(self, new ConditionData(ConditionKind.ANXIETY_DISORDER, "F41.1", "Generalized anxiety disorder",
                ConditionStatus.ACTIVE, null, null, null, null)).id.toString();
        api().get(patientPath(self, "conditions")).then().statusCode(200).body("items.id", hasItem(id));
        api().get(patientPath(self, "conditions/" + id)).then().statusCode(200);
        api().body(condition("HYPERTENSION", "ACTIVE")).post(patientPath(self, "conditions")).then().statusCode(403);
        UUID other = ClinicalApi.newPatient(patients);
        api().get(patientPath(other, "conditions")).then().statusCode(404);
    }
}
