package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.raw;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class FollowUpResourceTest {

    static final String PATIENT = "6f1c2b3a-0d4e-4f5a-8b6c-00000000f001";
    static final String OTHER = "6f1c2b3a-0d4e-4f5a-8b6c-00000000f002";

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void schedulerBooksAnIntegrationAppointmentAndListsThem() {
        api().body("{\"kind\":\"INTEGRATION\",\"scheduledAt\":\"" + Instant.now().plusSeconds(86400) + "\",\"durationMinutes\":50,"
                + "\"clinician\":\"clinician1\",\"notes\":\"After the 6th session\"}").post("/api/v1/patients/" + PATIENT + "/follow-ups")
                .then().statusCode(201).body("status", equalTo("SCHEDULED")).body("bookedBy", equalTo("scheduler1"));
        api().get("/api/v1/patients/" + PATIENT + "/follow-ups").then().statusCode(200).body("items.kind", hasItems("INTEGRATION"));
        raw().body("{\"kind\":\"PICNIC\",\"durationMinutes\":1}").post("/api/v1/patients/" + PATIENT + "/follow-ups").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = OTHER))
    void aPatientGets404ForAnotherPatientsFollowUps() {
        api().get("/api/v1/patients/" + PATIENT + "/follow-ups").then().statusCode(404);
        api().get("/api/v1/patients/" + OTHER + "/follow-ups").then().statusCode(200);
    }
}
