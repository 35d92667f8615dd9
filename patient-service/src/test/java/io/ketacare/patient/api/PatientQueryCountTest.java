package io.ketacare.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.ketacare.platform.testing.Contracts;
import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.testing.SqlStatements;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SQL a patient read sends to the database, pinned: a read must not grow extra queries unnoticed. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PatientQueryCountTest {

    static final OpenApiValidationFilter CONTRACT = Contracts.validator("patient-service");
    static final String SELF = "0a0a0a0a-1111-4222-8333-555555555555";

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void readingAPatientTakesOneSelectAndOneAuditInsert() {
        String id = register();
        try (SqlStatements.Recording sql = SqlStatements.record()) {
            given().filter(CONTRACT).get("/api/v1/patients/{id}", id).then().statusCode(200);
            assertThat(sql.shapes()).as(sql.toString()).containsExactly("SELECT patient", "INSERT audit_event");
        }
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = SELF))
    void aPatientRefusedAnotherRecordCostsOnlyTheAuditInsert() {
        try (SqlStatements.Recording sql = SqlStatements.record()) {
            given().filter(CONTRACT).get("/api/v1/patients/{id}", UUID.randomUUID()).then().statusCode(404);
            assertThat(sql.shapes()).as(sql.toString()).containsExactly("INSERT audit_event");
        }
    }

    static String register() {
        String mrn = "Q-" + UUID.randomUUID().toString().substring(0, 12);
        return given().filter(CONTRACT).contentType(ContentType.JSON).body("""
                {"mrn":"%s","givenName":"Alex","familyName":"Rivera","birthDate":"1984-03-17","sex":"FEMALE"}""".formatted(mrn))
                .post("/api/v1/patients").then().statusCode(201).extract().path("id");
    }
}
