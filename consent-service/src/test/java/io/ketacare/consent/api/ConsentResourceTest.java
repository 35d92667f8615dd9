package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.api;
import static io.ketacare.consent.api.ConsentApi.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConsentResourceTest {

    static final String LINKED = "0c0c0c0c-5555-4666-8777-888888888888";
    static final String CAPTURE = "{\"signerName\":\"Sam Self\",\"attestation\":\"Signed in my presence\"}";

    @Inject
    Consents consents;

    static String present() {
        return "{\"documentCode\":\"KETAMINE_TREATMENT\"}";
    }

    String presentedTo(UUID patient) {
        return api().body(present()).post("/api/v1/patients/" + patient + "/consents").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void clinicianPresentsAnswersCapturesAndWitnessesToActivate() {
        UUID patient = UUID.randomUUID();
        api().body(present()).post("/api/v1/patients/" + patient + "/consents").then().statusCode(201)
                .header("Location", containsString("/api/v1/consents/")).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PENDING")).body("documentVersion", equalTo(1)).body("current", equalTo(true));
        String id = api().get("/api/v1/patients/" + patient + "/consents").then().statusCode(200).extract().path("items[0].id");
        api().body("{\"question\":\"Can I drive home?\",\"answer\":\"No, not until the next day.\"}").post("/api/v1/consents/" + id + "/questions")
                .then().statusCode(200).body("questions[0].answeredBy", equalTo("clinician1")).body("status", equalTo("PENDING"));
        Instant before = Instant.now();
        String expires = api().body(CAPTURE).post("/api/v1/consents/" + id + "/signature").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("signature.method", equalTo("CAPTURED_BY_CLINICIAN"))
                .body("signature.attestation", equalTo("Signed in my presence")).body("witnessedBy", equalTo("clinician1"))
                .header("ETag", equalTo("\"1\"")).extract().path("expiresAt");
        Duration validity = Duration.between(before, Instant.parse(expires));
        org.assertj.core.api.Assertions.assertThat(validity).isBetween(Duration.ofDays(365).minusMinutes(1), Duration.ofDays(365).plusMinutes(1));
        api().get("/api/v1/patients/" + patient + "/consents").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("ACTIVE")).body("items[0].routes", hasItem("INTRANASAL"));
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = LINKED))
    void patientSignsThemselfAndAClinicianWitnesses() {
        UUID id = consents.present(UUID.fromString(LINKED), "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        api().body("{\"signerName\":\"Sam Self\"}").post("/api/v1/consents/" + id + "/signature").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("signature.method", equalTo("PATIENT_SELF")).body("signature.recordedBy", equalTo("patient1"));
        consents.witness(id, null, null, "clinician1");
        api().get("/api/v1/consents/" + id).then().statusCode(200).body("status", equalTo("ACTIVE")).body("expiresAt", notNullValue());
        api().get("/api/v1/patients/" + LINKED + "/consents").then().statusCode(200).body("items.id", hasItem(id.toString()));
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = LINKED))
    void aPatientCannotReachAnotherPatientsConsents() {
        UUID other = UUID.randomUUID();
        UUID id = consents.present(other, "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        api().get("/api/v1/consents/" + id).then().statusCode(404);
        api().body("{\"signerName\":\"Sam Self\"}").post("/api/v1/consents/" + id + "/signature").then().statusCode(404);
        api().body("{\"reason\":\"not mine\"}").post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(404);
        api().get("/api/v1/patients/" + other + "/consents").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void withdrawalIsImmediateFinalAndKeepsTheReason() {
        String id = presentedTo(UUID.randomUUID());
        api().body(CAPTURE).post("/api/v1/consents/" + id + "/signature").then().statusCode(200);
        api().body("{\"reason\":\"Patient declines further treatment\"}").post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("Patient declines further treatment"))
                .body("withdrawnBy", equalTo("clinician1"));
        api().body("{\"reason\":\"again\"}").post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("is WITHDRAWN"));
        api().body(CAPTURE).post("/api/v1/consents/" + id + "/signature").then().statusCode(409).body("detail", containsString("is WITHDRAWN"));
        api().body("{\"question\":\"q\",\"answer\":\"a\"}").post("/api/v1/consents/" + id + "/questions").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void witnessingAnActiveConsentIsAConflictNamingActive() {
        String id = presentedTo(UUID.randomUUID());
        api().body(CAPTURE).post("/api/v1/consents/" + id + "/signature").then().statusCode(200);
        api().body(CAPTURE).post("/api/v1/consents/" + id + "/signature").then().statusCode(409)
                .body("type", containsString("illegal-consent-transition")).body("detail", containsString("is ACTIVE"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void capturingWithoutAnAttestationIsInvalid() {
        String id = presentedTo(UUID.randomUUID());
        raw().body("{\"signerName\":\"Sam Self\"}").post("/api/v1/consents/" + id + "/signature").then().statusCode(400)
                .body("violations[0].field", equalTo("attestation"));
        raw().body("{}").post("/api/v1/patients/" + UUID.randomUUID() + "/consents").then().statusCode(400)
                .body("violations[0].field", equalTo("documentCode"));
        raw().body("{\"reason\":\" \"}").post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void unknownConsentsAndDocumentsAreNotFoundAndNursesDoNotWitness() {
        api().get("/api/v1/consents/" + UUID.randomUUID()).then().statusCode(404).body("type", startsWith("https://"));
        api().body("{\"documentCode\":\"NO_SUCH_DOC\"}").post("/api/v1/patients/" + UUID.randomUUID() + "/consents").then().statusCode(404);
        String id = presentedTo(UUID.randomUUID());
        api().body(CAPTURE).post("/api/v1/consents/" + id + "/signature").then().statusCode(403);
    }
}
