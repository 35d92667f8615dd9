package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.api;
import static io.ketacare.consent.api.ConsentApi.document;
import static io.ketacare.consent.api.ConsentApi.newCode;
import static io.ketacare.consent.api.ConsentApi.raw;
import static io.ketacare.consent.api.ConsentApi.version;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConsentDocumentResourceTest {

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void adminAuthorsADocumentAndPublishesNumberedVersions() {
        String code = newCode();
        api().body(document(code)).post("/api/v1/consent-documents").then().statusCode(201)
                .header("Location", containsString("/api/v1/consent-documents/" + code)).header("ETag", equalTo("\"0\""))
                .body("latestVersion", equalTo(0)).body("createdBy", equalTo("admin1"));
        api().body(version(true, null, "IV", "IM")).post("/api/v1/consent-documents/" + code + "/versions").then().statusCode(201)
                .header("Location", containsString("/versions/1"))
                .body("version", equalTo(1)).body("validityDays", equalTo(365)).body("material", equalTo(true))
                .body("routeSections.route", contains("IV", "IM"));
        api().body(version(false, "180", "ORAL_LOZENGE")).post("/api/v1/consent-documents/" + code + "/versions").then().statusCode(201)
                .body("version", equalTo(2)).body("validityDays", equalTo(180));

        api().get("/api/v1/consent-documents/" + code).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("latestVersion", equalTo(2));
        api().get("/api/v1/consent-documents/" + code + "/versions").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.version", contains(1, 2));
        api().get("/api/v1/consent-documents/" + code + "/versions/1").then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("procedure", equalTo("The procedure"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void theSeededDocumentCoversAllFourRoutesForOneYear() {
        api().get("/api/v1/consent-documents/KETAMINE_TREATMENT/versions/1").then().statusCode(200)
                .body("routeSections.route", contains("IV", "IM", "ORAL_LOZENGE", "INTRANASAL"))
                .body("validityDays", equalTo(365)).body("material", equalTo(true));
        api().get("/api/v1/consent-documents").then().statusCode(200).body("items.code", org.hamcrest.Matchers.hasItem("KETAMINE_TREATMENT"));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void aDuplicateCodeIsAConflict() {
        String code = newCode();
        api().body(document(code)).post("/api/v1/consent-documents").then().statusCode(201);
        api().body(document(code)).post("/api/v1/consent-documents").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("duplicate-consent-document"));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void invalidDocumentsAndVersionsAreListedAsViolations() {
        raw().body("{\"code\":\"lower\",\"title\":\"\"}").post("/api/v1/consent-documents").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("code", "title"));
        String code = newCode();
        api().body(document(code)).post("/api/v1/consent-documents").then().statusCode(201);
        raw().body(version(true, null, "IV", "IV")).post("/api/v1/consent-documents/" + code + "/versions").then().statusCode(400)
                .body("violations[0].field", equalTo("routeSections"));
        raw().body(version(true, "0")).post("/api/v1/consent-documents/" + code + "/versions").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("routeSections", "validityDays"));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void unknownDocumentsAndVersionsAreNotFound() {
        api().get("/api/v1/consent-documents/NO_SUCH_DOC").then().statusCode(404).contentType("application/problem+json");
        api().body(version(true, null, "IV")).post("/api/v1/consent-documents/NO_SUCH_DOC/versions").then().statusCode(404);
        api().get("/api/v1/consent-documents/KETAMINE_TREATMENT/versions/99").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void onlyAnAdminAuthorsOrPublishes() {
        api().body(document(newCode())).post("/api/v1/consent-documents").then().statusCode(403);
        api().body(version(true, null, "IV")).post("/api/v1/consent-documents/KETAMINE_TREATMENT/versions").then().statusCode(403);
    }

    @Test
    void aPublishedVersionIsImmutableInTheDatabase() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update consent_document_version set risks = 'none' where document_code = 'KETAMINE_TREATMENT'").executeUpdate()))
                .hasStackTraceContaining("immutable");
    }
}
