package io.ketacare.e2e;

import static io.ketacare.e2e.Stack.as;
import static io.ketacare.e2e.Stack.rawAs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The patient registry through the real gateway, with real tokens from the real Keycloak. */
class PatientRegistryE2ETest {

    static final String PATIENTS = "/api/v1/patients";

    static String body(String mrn, String family) {
        return """
                {"mrn":"%s","givenName":"Jordan","familyName":"%s","birthDate":"1979-11-02","sex":"MALE","email":"jordan@example.org"}"""
                .formatted(mrn, family);
    }

    static String newMrn() {
        return "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void clinicianRegistersReadsAndUpdatesWithEtags() {
        Response created = as("clinician1", "patient-service").header("X-Request-Id", "e2e-register-1")
                .body(body(newMrn(), "Okafor")).post(PATIENTS);
        created.then().statusCode(201)
                .header("Location", startsWith(Stack.GATEWAY + PATIENTS + "/"))
                .header("ETag", equalTo("\"0\""))
                .header("X-Request-Id", equalTo("e2e-register-1"));
        String id = created.path("id");

        as("clinician1", "patient-service").get(PATIENTS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("familyName", equalTo("Okafor"));

        rawAs("clinician1").body(body(newMrn(), "Okafor-Reyes")).put(PATIENTS + "/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        as("clinician1", "patient-service").header("If-Match", "\"5\"").body(body(newMrn(), "Okafor-Reyes"))
                .put(PATIENTS + "/" + id).then().statusCode(412).body("type", equalTo("https://ketacare.dev/problems/stale-etag"));
        as("clinician1", "patient-service").header("If-Match", "\"0\"").body(body(newMrn(), "Okafor-Reyes"))
                .put(PATIENTS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void invalidInputAndDuplicateMrnAreClearProblems() {
        // deliberately outside the contract: the service must refuse it clearly
        rawAs("clinician1").header("X-Request-Id", "e2e-invalid-1")
                .body("{\"mrn\":\"\",\"givenName\":\"A\",\"familyName\":\"B\",\"birthDate\":\"2999-01-01\",\"sex\":\"MALE\"}")
                .post(PATIENTS).then().statusCode(400).contentType("application/problem+json")
                .body("requestId", equalTo("e2e-invalid-1"))
                .body("violations.field", hasItems("mrn", "birthDate"));

        String mrn = newMrn();
        as("clinician1", "patient-service").body(body(mrn, "Twice")).post(PATIENTS).then().statusCode(201);
        as("clinician1", "patient-service").body(body(mrn, "Twice")).post(PATIENTS).then().statusCode(409)
                .body("type", equalTo("https://ketacare.dev/problems/duplicate-mrn"));
    }

    @Test
    void retriedRegistrationWithTheSameKeyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        String body = body(newMrn(), "Replay");
        String first = as("scheduler1", "patient-service").header("Idempotency-Key", key).body(body).post(PATIENTS)
                .then().statusCode(201).extract().path("id");
        as("scheduler1", "patient-service").header("Idempotency-Key", key).body(body).post(PATIENTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as("scheduler1", "patient-service").header("Idempotency-Key", key).body(body(newMrn(), "Other")).post(PATIENTS)
                .then().statusCode(409).body("type", equalTo("https://ketacare.dev/problems/idempotency-key-reused"));
    }

    @Test
    void patientSeesOwnRecordAndNobodyElses() {
        as("patient1", "patient-service").get(PATIENTS + "/" + Stack.PATIENT1).then().statusCode(200)
                .body("id", equalTo(Stack.PATIENT1.toString()));
        as("patient1", "patient-service").get(PATIENTS + "/" + Stack.PATIENT2).then().statusCode(404)
                .contentType("application/problem+json");
        as("patient2", "patient-service").get(PATIENTS + "/" + Stack.PATIENT1).then().statusCode(404);
    }

    @Test
    void noTokenIs401AndAWrongRoleIs403() {
        given().baseUri(Stack.GATEWAY).get(PATIENTS).then().statusCode(401).contentType("application/problem+json");
        given().baseUri(Stack.GATEWAY).header("Authorization", "Bearer not-a-token").get(PATIENTS).then().statusCode(401);
        as("nurse1", "patient-service").body(body(newMrn(), "Nope")).post(PATIENTS).then().statusCode(403)
                .contentType("application/problem+json");
        as("patient1", "patient-service").get(PATIENTS).then().statusCode(403);
    }

    @Test
    void everyCallLeavesAnAuditEntry() {
        String id = as("clinician1", "patient-service").body(body(newMrn(), "Audited")).post(PATIENTS)
                .then().statusCode(201).extract().path("id");
        as("clinician1", "patient-service").get(PATIENTS + "/" + id).then().statusCode(200);
        as("patient1", "patient-service").get(PATIENTS + "/" + id).then().statusCode(404);

        as("admin1", "patient-service").queryParam("patientId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItems("CREATE", "READ"))
                .body("items.actorName", hasItems("clinician1", "patient1"))
                .body("items.outcome", hasItems("SUCCESS", "DENIED"));
        as("clinician1", "patient-service").get("/api/v1/audit-events").then().statusCode(403);
    }

    @Test
    void gatewayServesTheMergedContract() {
        given().baseUri(Stack.GATEWAY).get("/openapi").then().statusCode(200)
                .body(containsString("/api/v1/patients/{patientId}"));
        given().baseUri(Stack.GATEWAY).queryParam("format", "json").get("/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/patients"));
    }
}
