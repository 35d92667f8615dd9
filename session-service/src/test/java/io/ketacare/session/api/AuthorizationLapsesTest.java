package io.ketacare.session.api;

import static io.ketacare.session.api.SessionApi.api;
import static io.ketacare.session.api.SessionApi.freshDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.session.client.FeedPage;
import io.ketacare.session.domain.feed.AuthorizationLapses;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Applying consent-service's change feed: withdrawn consents and paused plans flag future sessions; re-applying changes nothing. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AuthorizationLapsesTest {

    @Inject
    AuthorizationLapses lapses;

    @Inject
    io.ketacare.session.SessionFixture fixture;

    static FeedPage.Event event(long sequence, String aggregateType, UUID aggregate, UUID patient, String type, String status) {
        return new FeedPage.Event(sequence, UUID.randomUUID(), Instant.now(), aggregateType, aggregate, patient, type, status, 1);
    }

    String bookUnder(UUID patient, UUID plan, Instant start) {
        return fixture.bookDirectly(new io.ketacare.session.domain.session.Slot(patient, plan, fixture.fixtureRoom(),
                io.ketacare.session.domain.Route.INTRANASAL, start, 150)).toString();
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aWithdrawnConsentFlagsThePatientsFutureSessionsOnceAndMovesTheCursor() {
        UUID patient = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Instant day = freshDay();
        String first = bookUnder(patient, UUID.randomUUID(), day);
        String second = bookUnder(patient, UUID.randomUUID(), day.plus(Duration.ofDays(2)));
        String untouched = bookUnder(other, UUID.randomUUID(), day);
        long at = lapses.position();
        List<FeedPage.Event> page = List.of(event(at + 1, "CONSENT", UUID.randomUUID(), patient, "CONSENT_SIGNED_BY_PATIENT", "PENDING"),
                event(at + 2, "CONSENT", UUID.randomUUID(), patient, "CONSENT_WITHDRAWN", "WITHDRAWN"));
        assertThat(lapses.apply(page)).isEqualTo(2);
        assertThat(lapses.position()).isEqualTo(at + 2);
        assertThat(lapses.apply(page)).isZero();
        for (String id : List.of(first, second)) {
            api().get("/api/v1/sessions/" + id).then().statusCode(200).body("authorizationStatus", equalTo("AUTHORIZATION_LOST"))
                    .body("authorizationNote", equalTo("CONSENT_WITHDRAWN"));
        }
        api().get("/api/v1/sessions/" + untouched).then().statusCode(200).body("authorizationStatus", equalTo("UNVERIFIED"));
        api().get("/api/v1/sessions/" + first + "/history").then().statusCode(200).body("type", hasItems("AUTHORIZATION_LOST"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void aPausedPlanFlagsOnlyTheSessionsUnderThatPlan() {
        UUID patient = UUID.randomUUID();
        UUID paused = UUID.randomUUID();
        Instant day = freshDay();
        String under = bookUnder(patient, paused, day);
        String otherPlan = bookUnder(patient, UUID.randomUUID(), day.plus(Duration.ofDays(1)));
        long at = lapses.position();
        assertThat(lapses.apply(List.of(event(at + 1, "TREATMENT_PLAN", paused, patient, "PLAN_PAUSED", "PAUSED")))).isEqualTo(1);
        api().get("/api/v1/sessions/" + under).then().body("authorizationStatus", equalTo("AUTHORIZATION_LOST"));
        api().get("/api/v1/sessions/" + otherPlan).then().body("authorizationStatus", equalTo("UNVERIFIED"));
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void eventsAtOrBelowTheCursorAreSkipped() {
        UUID patient = UUID.randomUUID();
        String id = bookUnder(patient, UUID.randomUUID(), freshDay());
        long at = lapses.position();
        lapses.apply(List.of(event(at + 1, "CONSENT", UUID.randomUUID(), UUID.randomUUID(), "CONSENT_ACTIVATED", "ACTIVE")));
        assertThat(lapses.apply(List.of(event(at + 1, "CONSENT", UUID.randomUUID(), patient, "CONSENT_WITHDRAWN", "WITHDRAWN")))).isZero();
        api().get("/api/v1/sessions/" + id).then().body("authorizationStatus", equalTo("UNVERIFIED"));
    }
}
