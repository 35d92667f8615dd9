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

    @Inject
    io.ketacare.session.domain.rems.UnclosedSessions unclosed;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        io.ketacare.session.TestClock.reset();
    }

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

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void aSessionDosedAndLeftOpenIsListedAsNotClosedOnlyAfter360MinutesAndAlertedOnce() {
        UUID patient = UUID.randomUUID();
        UUID id = fixture.bookDirectly(patient);
        // dosed 359.5 min ago (the fixture's clock is the wall clock; the service's is moved below)
        Instant doseStart = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minus(Duration.ofMinutes(360)).plusSeconds(30);
        fixture.monitoring(id, doseStart, doseStart.plus(Duration.ofMinutes(10)));
        api().queryParam("patientId", patient).get("/api/v1/rems-reports").then().statusCode(200).body("totalItems", equalTo(0));
        org.assertj.core.api.Assertions.assertThat(unclosed.raiseAlerts()).isGreaterThanOrEqualTo(0);
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("alerts.kind", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("SESSION_NOT_CLOSED")))
                .body("remsForm.sessionNotClosed", equalTo(false));

        io.ketacare.session.TestClock.advance(Duration.ofSeconds(60));
        api().queryParam("patientId", patient).get("/api/v1/rems-reports").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].sessionId", equalTo(id.toString())).body("items[0].status", equalTo("DUE"))
                .body("items[0].sessionNotClosed", equalTo(true)).body("items[0].sessionEndedAt", org.hamcrest.Matchers.nullValue());
        unclosed.raiseAlerts();
        unclosed.raiseAlerts();
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("alerts.findAll { it.kind == 'SESSION_NOT_CLOSED' }", org.hamcrest.Matchers.hasSize(1))
                .body("alerts.find { it.kind == 'SESSION_NOT_CLOSED' }.readingId", org.hamcrest.Matchers.nullValue())
                .body("alerts.find { it.kind == 'SESSION_NOT_CLOSED' }.dueAt", equalTo(doseStart.plus(Duration.ofMinutes(360)).toString()))
                .body("remsForm.sessionNotClosed", equalTo(true)).body("remsForm.bloodPressureAt40MinutesMissing", equalTo(true))
                .body("remsForm.bloodPressureAt40Minutes", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aSessionDosedAt6pmInALosAngelesClinicIsDue7LocalDaysLater() {
        java.time.ZoneId la = java.time.ZoneId.of("America/Los_Angeles");
        String room = api().body("{\"name\":\"Chair 1\",\"clinic\":\"Los Angeles " + UUID.randomUUID()
                + "\",\"equipment\":[],\"timeZone\":\"America/Los_Angeles\"}").post("/api/v1/rooms").then().statusCode(201).extract().path("id");
        // the last 6 pm in Los Angeles at least 3 hours ago: the next day in UTC
        java.time.ZonedDateTime nowLa = Instant.now().atZone(la);
        java.time.LocalDate day = nowLa.toLocalTime().isBefore(java.time.LocalTime.of(21, 0)) ? nowLa.toLocalDate().minusDays(1) : nowLa.toLocalDate();
        Instant sixPm = day.atTime(18, 0).atZone(la).toInstant();
        org.assertj.core.api.Assertions.assertThat(java.time.LocalDate.ofInstant(sixPm, java.time.ZoneOffset.UTC)).isEqualTo(day.plusDays(1));
        UUID patient = UUID.randomUUID();
        UUID id = fixture.bookDirectly(new io.ketacare.session.domain.session.Slot(patient, UUID.randomUUID(), UUID.fromString(room),
                io.ketacare.session.domain.Route.INTRANASAL, sixPm.minus(Duration.ofMinutes(30)), 180));
        fixture.monitoring(id, sixPm, sixPm.plus(Duration.ofMinutes(10)));
        QuarkusTransaction.requiringNew().run(() -> {
            Session s = em.find(Session.class, id);
            s.status = SessionStatus.DISCHARGED;
            s.dischargedAt = sixPm.plus(Duration.ofMinutes(140));
        });
        api().queryParam("patientId", patient).get("/api/v1/rems-reports").then().statusCode(200)
                .body("items[0].dueDate", equalTo(day.plusDays(7).toString())).body("items[0].status", equalTo("DUE"))
                .body("items[0].sessionNotClosed", equalTo(false));
        api().get("/api/v1/sessions/" + id + "/monitoring-record").then().statusCode(200)
                .body("remsForm.dueDate", equalTo(day.plusDays(7).toString()));
    }
}
