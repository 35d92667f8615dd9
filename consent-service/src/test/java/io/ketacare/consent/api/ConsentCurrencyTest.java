package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.consent.TestClock;
import io.ketacare.consent.domain.document.ConsentDocuments;
import io.ketacare.consent.domain.document.DocumentContent;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Consents that stop counting: expiry after the version's validity, and a newer material version. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConsentCurrencyTest {

    static final String CAPTURE = ConsentResourceTest.CAPTURE;

    @Inject
    ConsentDocuments documents;

    String presentedTo(UUID patient) {
        return api().body(ConsentResourceTest.present()).post("/api/v1/patients/" + patient + "/consents").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void anActiveConsentReadsExpiredAfterItsValidity() {
        String id = presentedTo(UUID.randomUUID());
        api().body(CAPTURE).post("/api/v1/consents/" + id + "/signature").then().statusCode(200);
        try {
            TestClock.advance(Duration.ofDays(365));
            api().get("/api/v1/consents/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
            api().body("{\"reason\":\"late\"}").post("/api/v1/consents/" + id + "/withdrawal").then().statusCode(409)
                    .body("detail", containsString("is EXPIRED"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void aNewerMaterialVersionMakesOlderConsentsNonCurrent() {
        String code = ConsentApi.newCode();
        documents.author(code, "Trial consent", "admin1");
        DocumentContent content = new DocumentContent("p", "r", "b", "a", Map.of(Route.IV, "iv"), null, true);
        documents.publish(code, content, "admin1");
        UUID patient = UUID.randomUUID();
        String id = api().body("{\"documentCode\":\"" + code + "\"}").post("/api/v1/patients/" + patient + "/consents").then().statusCode(201)
                .body("current", equalTo(true)).extract().path("id");
        documents.publish(code, new DocumentContent("p", "r", "b", "a", Map.of(Route.IV, "iv"), null, false), "admin1");
        api().get("/api/v1/consents/" + id).then().body("current", equalTo(true));
        documents.publish(code, content, "admin1");
        api().get("/api/v1/consents/" + id).then().body("current", equalTo(false));
    }
}
