package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.api;
import static io.ketacare.consent.api.ConsentApi.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class EventResourceTest {

    @Inject
    Consents consents;

    @Test
    @TestSecurity(user = "integrator", roles = "integrator")
    void consentChangesAppearInOrderAndTheFeedResumes() {
        long start = api().get("/api/v1/events?limit=500").then().statusCode(200).extract().jsonPath().getLong("next");
        while (true) {
            long next = api().get("/api/v1/events?limit=500&after=" + start).then().extract().jsonPath().getLong("next");
            if (next == start) {
                break;
            }
            start = next;
        }
        UUID patient = UUID.randomUUID();
        UUID id = consents.present(patient, "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        consents.witness(id, "Sam Self", "Signed in my presence", "clinician1");
        consents.withdraw(id, "changed mind", "patient1");
        List<String> types = api().get("/api/v1/events?after=" + start).then().statusCode(200).extract().jsonPath().getList("items.type");
        assertThat(types).containsExactly("CONSENT_PRESENTED", "CONSENT_ACTIVATED", "CONSENT_WITHDRAWN");
        long next = api().get("/api/v1/events?after=" + start + "&limit=2").then().body("items[1].status", equalTo("ACTIVE"))
                .extract().jsonPath().getLong("next");
        api().get("/api/v1/events?after=" + next).then().body("items[0].type", equalTo("CONSENT_WITHDRAWN"))
                .body("items[0].patientId", equalTo(patient.toString()));
        api().get("/api/v1/events?after=" + (next + 1)).then().body("items", empty());
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    void patientsDoNotReadTheFeedAndLimitsAreChecked() {
        api().get("/api/v1/events").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "integrator", roles = "integrator")
    void limitIsBounded() {
        raw().get("/api/v1/events?limit=501").then().statusCode(400).body("violations[0].field", equalTo("limit"));
    }
}
