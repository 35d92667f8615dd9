package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.raw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.SessionFixture;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Aborting a dosed session instead of discharging it: a clinician, a disposition, and the session keeps its records. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AbortAfterDoseTest {

    @Inject
    SessionFixture fixture;

    @Inject
    EntityManager em;

    String monitoring() {
        UUID id = fixture.bookDirectly(UUID.randomUUID());
        Instant doseEnd = Instant.now().minus(Duration.ofMinutes(20));
        fixture.monitoring(id, doseEnd.minus(Duration.ofMinutes(10)), doseEnd);
        return id.toString();
    }

    String dosing() {
        String id = monitoring();
        QuarkusTransaction.requiringNew().run(() -> em.find(Session.class, UUID.fromString(id)).status = SessionStatus.DOSING);
        return id;
    }

    static String abort(String disposition) {
        return "{\"reason\":\"Hypertensive crisis, transferred\"" + (disposition == null ? "" : ",\"disposition\":\"" + disposition + "\"") + "}";
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void aNurseMayNotAbortAMonitoredSessionAndBothMissingConditionsAreListed() {
        String id = monitoring();
        api().body(abort(null)).post("/api/v1/sessions/" + id + "/abort").then().statusCode(422)
                .body("type", equalTo("https://ketacare.dev/problems/abort-needs-clinician-and-disposition"))
                .body("criteria.code", contains("ABORT_AFTER_DOSE_NEEDS_CLINICIAN", "DISPOSITION_REQUIRED"));
        api().body(abort("TRANSFERRED_TO_EMERGENCY_CARE")).post("/api/v1/sessions/" + id + "/abort").then().statusCode(422)
                .body("criteria.code", contains("ABORT_AFTER_DOSE_NEEDS_CLINICIAN"));
        api().get("/api/v1/sessions/" + id).then().statusCode(200).body("status", equalTo("MONITORING")).body("disposition", nullValue());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void aNurseMayNotAbortWhileTheDoseIsBeingGiven() {
        String id = dosing();
        api().body(abort("OTHER")).post("/api/v1/sessions/" + id + "/abort").then().statusCode(422)
                .body("criteria.code", contains("ABORT_AFTER_DOSE_NEEDS_CLINICIAN"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void aNurseStillAbortsASessionNotYetDosedWithoutDisposition() {
        UUID id = fixture.bookDirectly(UUID.randomUUID());
        fixture.checkedIn(id);
        QuarkusTransaction.requiringNew().run(() -> em.find(Session.class, id).status = SessionStatus.READY_TO_DOSE);
        api().body(abort(null)).post("/api/v1/sessions/" + id + "/abort").then().statusCode(200)
                .body("status", equalTo("ABORTED")).body("disposition", nullValue()).body("dispositionBy", nullValue());
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void aClinicianAbortsADosedSessionOnlyWithADispositionWhichTheMonitoringRecordShows() {
        String id = monitoring();
        api().body(abort(null)).post("/api/v1/sessions/" + id + "/abort").then().statusCode(422)
                .body("criteria.code", contains("DISPOSITION_REQUIRED"))
                .body("criteria[0].message", containsString("TRANSFERRED_TO_EMERGENCY_CARE"));
        api().body(abort("TRANSFERRED_TO_EMERGENCY_CARE")).post("/api/v1/sessions/" + id + "/abort").then().statusCode(200)
                .body("status", equalTo("ABORTED")).body("disposition", equalTo("TRANSFERRED_TO_EMERGENCY_CARE"))
                .body("dispositionBy", equalTo("clinician1")).body("endedAt", notNullValue());
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("session.status", equalTo("ABORTED")).body("session.disposition", equalTo("TRANSFERRED_TO_EMERGENCY_CARE"))
                .body("session.dispositionBy", equalTo("clinician1")).body("session.dose.doseMg", equalTo(56))
                .body("remsForm.lotNumber", equalTo("LOT-TEST-1")).body("remsForm.monitoringEndedAt", notNullValue())
                .body("history.type", hasItems("ABORTED"))
                .body("history.find { it.type == 'ABORTED' }.detail", containsString("TRANSFERRED_TO_EMERGENCY_CARE"));
        api().queryParam("status", "due").queryParam("size", 200).get("/api/v1/rems-reports").then().statusCode(200)
                .body("items.sessionId", hasItems(id));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void aClinicianAbortsWhileTheDoseIsBeingGivenWithADisposition() {
        String id = dosing();
        api().body(abort("ADMITTED_TO_HOSPITAL")).post("/api/v1/sessions/" + id + "/abort").then().statusCode(200)
                .body("status", equalTo("ABORTED")).body("disposition", equalTo("ADMITTED_TO_HOSPITAL"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void aCancellationOrNoShowWithADispositionIs400NamingTheField() {
        UUID id = fixture.bookDirectly(UUID.randomUUID());
        raw().body(abort("OTHER")).post("/api/v1/sessions/" + id + "/cancellation").then().statusCode(400)
                .body("violations.field", contains("disposition"));
        raw().body(abort("OTHER")).post("/api/v1/sessions/" + id + "/no-show").then().statusCode(400)
                .body("violations.field", contains("disposition"));
        api().get("/api/v1/sessions/" + id).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        raw().body(abort("SOMEWHERE")).post("/api/v1/sessions/" + id + "/cancellation").then().statusCode(400);
        api().body(abort(null)).post("/api/v1/sessions/" + id + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
    }
}
