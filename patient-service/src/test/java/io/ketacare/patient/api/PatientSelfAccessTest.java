package io.ketacare.patient.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.patient.domain.Demographics;
import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Sex;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PatientSelfAccessTest {

    static final String LINKED = "0b0b0b0b-1111-4222-8333-444444444444";

    @Inject
    Patients patients;

    @Test
    @TestSecurity(user = "patient7", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = LINKED))
    void patientReadsTheirOwnRecord() {
        UUID id = UUID.fromString(LINKED);
        patients.register(id, new Demographics("SELF-" + UUID.randomUUID().toString().substring(0, 8), "Sam", "Self",
                LocalDate.of(1990, 1, 1), Sex.OTHER, null, null));
        given().get("/api/v1/patients/" + id).then().statusCode(200).body("givenName", equalTo("Sam"));
    }
}
