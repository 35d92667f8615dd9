package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.testing.SqlStatements;
import io.ketacare.session.SessionFixture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The SQL a vitals request sends, pinned: a device batch of 50 readings costs the same statements
 * as a single reading (the readings go in one JDBC batch, which counts as one execution).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class VitalsQueryCountTest {

    @Inject
    SessionFixture fixture;

    String monitoringSession() {
        String id = fixture.bookDirectly(UUID.randomUUID()).toString();
        Instant now = Instant.now();
        fixture.monitoring(UUID.fromString(id), now.minus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(10)));
        return id;
    }

    static String batch(String prefix, int readings) {
        Instant t = Instant.now().minus(Duration.ofMinutes(9));
        return IntStream.range(0, readings)
                .mapToObj(i -> VitalsResourceTest.reading(prefix + i, t.plusSeconds(i), 121, 78, 74, 98))
                .collect(Collectors.joining(",", "{\"readings\":[", "]}"));
    }

    SqlStatements.Recording posting(String session, String body, String idempotencyKey) {
        try (SqlStatements.Recording sql = SqlStatements.record()) {
            var request = api().body(body);
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            request.post("/api/v1/sessions/" + session + "/vitals").then().statusCode(200);
            return sql;
        }
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void oneReadingAndABatchOfFiftySendTheSameFourStatements() {
        String session = monitoringSession();
        SqlStatements.Recording one = posting(session, batch("one-", 1), null);
        SqlStatements.Recording fifty = posting(session, batch("fifty-", 50), null);
        assertThat(one.shapes()).as(one.toString()).containsExactly(
                "SELECT session", "SELECT session_protocol", "INSERT vital_reading", "INSERT audit_event");
        assertThat(fifty.shapes()).as(fifty.toString()).isEqualTo(one.shapes());
        assertThat(fifty.executed().get(2).batchSize()).isEqualTo(50);
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void withAnIdempotencyKeyTheKeyIsClaimedAndRememberedInTwoMoreStatements() {
        String session = monitoringSession();
        SqlStatements.Recording one = posting(session, batch("key-one-", 1), UUID.randomUUID().toString());
        SqlStatements.Recording fifty = posting(session, batch("key-fifty-", 50), UUID.randomUUID().toString());
        assertThat(one.shapes()).as(one.toString()).containsExactly("INSERT idempotency_record", "SELECT session", "SELECT session_protocol",
                "INSERT vital_reading", "UPDATE idempotency_record", "INSERT audit_event");
        assertThat(fifty.shapes()).as(fifty.toString()).isEqualTo(one.shapes());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void aReplayedBatchOnlyReadsTheRememberedAnswer() {
        String session = monitoringSession();
        String key = UUID.randomUUID().toString();
        String body = batch("replay-", 50);
        posting(session, body, key);
        SqlStatements.Recording replay = posting(session, body, key);
        assertThat(replay.shapes()).as(replay.toString())
                .containsExactly("INSERT idempotency_record", "SELECT idempotency_record", "INSERT audit_event");
    }

    @Test
    @TestSecurity(user = "nurse1", roles = {"nurse", "scheduler"})
    void onlyABloodPressureAboveTheRepeatLimitReadsTheSessionsBloodPressures() {
        String session = monitoringSession();
        Instant t = Instant.now().minus(Duration.ofMinutes(9));
        SqlStatements.Recording high = posting(session,
                "{\"readings\":[" + VitalsResourceTest.reading("high-1", t, 181, 80, 74, 98) + "]}", null);
        assertThat(high.shapes()).as(high.toString()).containsExactly(
                "SELECT session", "SELECT session_protocol", "INSERT vital_reading", "SELECT", "SELECT vital_reading", "INSERT audit_event");
    }
}
