package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.SessionFixture;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The REMS forms of one patient: staff filter by patient, a patient reads only their own. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RemsReportResourceTest {

    static final String SELF = "5e5e5e5e-1111-4222-8333-0000000000a1";

    @Inject
    SessionFixture fixture;

    @Inject
    EntityManager em;

    /** A 56 mg intranasal session of the patient, dosed and discharged: its REMS form is due in 7 days. */
    String dischargedIntranasal(UUID patient) {
        UUID id = fixture.bookDirectly(patient);
        Instant doseEnd = Instant.now().minus(Duration.ofMinutes(130));
        fixture.monitoring(id, doseEnd.minus(Duration.ofMinutes(10)), doseEnd);
        QuarkusTransaction.requiringNew().run(() -> {
            Session s = em.find(Session.class, id);
            s.status = SessionStatus.DISCHARGED;
            s.dischargedAt = Instant.now();
        });
        return id.toString();
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void thePatientFilterKeepsOnlyThatPatientsForms() {
        UUID patient = UUID.randomUUID();
        String mine = dischargedIntranasal(patient);
        String other = dischargedIntranasal(UUID.randomUUID());
        api().queryParam("patientId", patient).get("/api/v1/rems-reports").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.sessionId", contains(mine)).body("items[0].status", equalTo("DUE"));
        api().queryParam("size", 200).get("/api/v1/rems-reports").then().statusCode(200).body("items.sessionId", hasItems(mine, other));
        api().queryParam("patientId", patient).queryParam("status", "overdue").get("/api/v1/rems-reports").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = SELF))
    void aPatientReadsTheirOwnFormsAndNeverAnotherPatients() {
        String mine = dischargedIntranasal(UUID.fromString(SELF));
        UUID other = UUID.randomUUID();
        dischargedIntranasal(other);
        api().queryParam("patientId", SELF).get("/api/v1/rems-reports").then().statusCode(200).body("items.sessionId", contains(mine));
        api().get("/api/v1/rems-reports").then().statusCode(200).body("items.sessionId", contains(mine));
        api().queryParam("patientId", other).get("/api/v1/rems-reports").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void aDosedIntranasalSessionAbortedByAClinicianStaysOnTheDueList() {
        UUID patient = UUID.randomUUID();
        UUID id = fixture.bookDirectly(patient);
        Instant doseEnd = Instant.now().minus(Duration.ofMinutes(30));
        fixture.monitoring(id, doseEnd.minus(Duration.ofMinutes(10)), doseEnd);
        api().body("{\"reason\":\"Chest pain\",\"disposition\":\"TRANSFERRED_TO_EMERGENCY_CARE\"}").post("/api/v1/sessions/" + id + "/abort")
                .then().statusCode(200).body("status", equalTo("ABORTED"));
        api().queryParam("status", "due").queryParam("patientId", patient).get("/api/v1/rems-reports").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.sessionId", contains(id.toString())).body("items[0].status", equalTo("DUE"));
    }
}
