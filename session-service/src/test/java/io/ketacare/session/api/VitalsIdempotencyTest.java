package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.VitalsResourceTest.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.SessionFixture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Vitals honour Idempotency-Key like every creating POST, and keep the per-reading deduplication by client reading id. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class VitalsIdempotencyTest {

    @Inject
    SessionFixture fixture;

    String monitoringSession() {
        return monitoringSession(UUID.randomUUID());
    }

    String monitoringSession(UUID patient) {
        String id = fixture.bookDirectly(patient).toString();
        Instant now = Instant.now();
        fixture.monitoring(UUID.fromString(id), now.minus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(10)));
        return id;
    }

    static String batch(String... readings) {
        return "{\"readings\":[" + String.join(",", readings) + "]}";
    }

    static Response post(String session, String key, String body) {
        return api().header("Idempotency-Key", key).body(body).post("/api/v1/sessions/" + session + "/vitals");
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aRetryWithTheSameKeyReplaysTheFirstReceiptAndAuditsItsPatient() {
        UUID patient = UUID.randomUUID();
        String session = monitoringSession(patient);
        Instant t = Instant.now().minus(Duration.ofMinutes(9));
        String body = batch(reading("k1:1", t, 130, 84, 80, 97), reading("k1:2", t.plusSeconds(60), 131, 84, 80, 97));
        String key = UUID.randomUUID().toString();
        post(session, key, body).then().statusCode(200).header("Idempotent-Replayed", nullValue())
                .body("stored", equalTo(2)).body("alreadyPresent", equalTo(0));
        String replay = UUID.randomUUID().toString();
        api().header("Idempotency-Key", key).header("X-Request-Id", replay).body(body).post("/api/v1/sessions/" + session + "/vitals")
                .then().statusCode(200).header("Idempotent-Replayed", equalTo("true"))
                .body("stored", equalTo(2)).body("alreadyPresent", equalTo(0)).body("sessionId", equalTo(session));
        api().get("/api/v1/sessions/" + session + "/monitoring-record").then().statusCode(200).body("vitals", hasSize(2));
        assertThat(auditedPatient(replay)).as("the replay's audit entry names the session's patient")
                .isEqualTo(patient);
    }

    @Inject
    AgroalDataSource db;

    UUID auditedPatient(String requestId) {
        try (Connection c = db.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT patient_id FROM audit_event WHERE request_id = ?")) {
            st.setString(1, requestId);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("an audit entry for request " + requestId).isTrue();
                return rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void theSameKeyWithAnotherBatchIsRefusedAndStoresNothing() {
        String session = monitoringSession();
        Instant t = Instant.now().minus(Duration.ofMinutes(9));
        String key = UUID.randomUUID().toString();
        post(session, key, batch(reading("k2:1", t, 130, 84, 80, 97))).then().statusCode(200).body("stored", equalTo(1));
        post(session, key, batch(reading("k2:2", t.plusSeconds(60), 131, 84, 80, 97))).then().statusCode(409)
                .body("type", containsString("idempotency-key-reused"));
        api().get("/api/v1/sessions/" + session + "/monitoring-record").then().statusCode(200).body("vitals", hasSize(1));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aReadingResentUnderANewKeyIsStillStoredOnce() {
        String session = monitoringSession();
        Instant t = Instant.now().minus(Duration.ofMinutes(9));
        String body = batch(reading("k3:1", t, 130, 84, 80, 97));
        post(session, UUID.randomUUID().toString(), body).then().statusCode(200).body("stored", equalTo(1));
        post(session, UUID.randomUUID().toString(), body).then().statusCode(200).header("Idempotent-Replayed", nullValue())
                .body("stored", equalTo(0)).body("alreadyPresent", equalTo(1));
        api().get("/api/v1/sessions/" + session + "/monitoring-record").then().statusCode(200).body("vitals", hasSize(1));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void concurrentRetriesWithOneKeyRecordOnceAndAllGetTheSameReceipt() throws Exception {
        String session = monitoringSession();
        Instant t = Instant.now().minus(Duration.ofMinutes(9));
        String body = batch(reading("k4:1", t, 130, 84, 80, 97), reading("k4:2", t.plusSeconds(60), 131, 84, 80, 97));
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> retries = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                retries.add(() -> post(session, key, body));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(retries)) {
                answers.add(f.get());
            }
            assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
            assertThat(answers).allSatisfy(r -> assertThat(r.jsonPath().getInt("stored")).isEqualTo(2));
            assertThat(answers.stream().filter(r -> r.header("Idempotent-Replayed") == null)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        api().get("/api/v1/sessions/" + session + "/monitoring-record").then().statusCode(200).body("vitals", hasSize(2));
    }
}
