package io.ketacare.gateway.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import ca.uhn.fhir.context.FhirContext;
import io.ketacare.gateway.fhir.mapping.R4Validation;
import io.ketacare.gateway.support.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;

/** The FHIR face's own answers: its CapabilityStatement, and OperationOutcomes for every refusal. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class FhirEndpointTest {

    private static final String PATIENT = "6f1c2b3a-0d4e-4f5a-8b6c-000000000002";

    @Test
    void metadataIsAValidCapabilityStatementListingEveryTypeWithReadAndSearch() {
        String body = given().get("/fhir/r4/metadata").then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();

        CapabilityStatement statement = FhirContext.forR4Cached().newJsonParser().parseResource(CapabilityStatement.class, body);
        assertThat(statement.getRestFirstRep().getResource()).extracting(r -> r.getType()).containsExactly("Patient", "Observation",
                "Condition", "MedicationStatement", "Consent", "CarePlan", "MedicationRequest", "Appointment", "Encounter",
                "MedicationAdministration", "AdverseEvent");
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        R4Validation.assertValid(statement);
    }

    @Test
    void aSearchWithoutATokenIs401AsAnOperationOutcome() {
        given().queryParam("patient", PATIENT).get("/fhir/r4/Observation").then().statusCode(401)
                .contentType("application/fhir+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("login"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aSchedulerIs403AsAnOperationOutcome() {
        given().queryParam("patient", PATIENT).get("/fhir/r4/Condition").then().statusCode(403)
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("forbidden"));
    }

    @Test
    @TestSecurity(user = "integrator", roles = "integrator")
    void anUnknownSearchParameterIs400NamingIt() {
        given().queryParam("patient", PATIENT).queryParam("code", "44261-6").get("/fhir/r4/Observation").then().statusCode(400)
                .contentType("application/fhir+json")
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("invalid"))
                .body("issue[0].diagnostics", containsString("'code'"));
    }

    @Test
    @TestSecurity(user = "integrator", roles = "integrator")
    void aSearchWithoutThePatientOrWithAMalformedOneIs400() {
        given().get("/fhir/r4/Condition").then().statusCode(400).body("issue[0].diagnostics", containsString("patient"));
        given().queryParam("patient", "Patient/not-a-uuid").get("/fhir/r4/Condition").then().statusCode(400)
                .body("issue[0].diagnostics", containsString("Patient/not-a-uuid"));
        given().queryParam("patient", PATIENT).queryParam("_count", "500").get("/fhir/r4/Condition").then().statusCode(400)
                .body("issue[0].diagnostics", containsString("_count"));
    }

    @Test
    @TestSecurity(user = "integrator", roles = "integrator")
    void aTypeNotServedIs404() {
        given().get("/fhir/r4/Practitioner").then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("not-found"));
        given().get("/fhir/r4/Condition/not-an-id").then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    @TestSecurity(user = "integrator", roles = "integrator")
    void aSearchWhoseOwnerIsDownIs503WithRetryAfter() {
        given().queryParam("patient", PATIENT).get("/fhir/r4/Consent").then().statusCode(503)
                .contentType("application/fhir+json")
                .header("Retry-After", "5")
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("transient"))
                .body("issue[0].diagnostics", containsString("consent-service"));
    }
}
