package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.client.PlanAnswer;
import io.ketacare.session.domain.session.BookingPlanGate;
import io.ketacare.session.domain.session.Slot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A booking names a plan consent-service knows, of the patient, on the plan's route, not ended. */
class BookingPlanGateTest {

    static final UUID PATIENT = UUID.randomUUID();
    static final UUID PLAN = UUID.randomUUID();

    static Slot slot(Route route) {
        return new Slot(PATIENT, PLAN, UUID.randomUUID(), route, Instant.parse("2026-05-04T09:00:00Z"), 150);
    }

    static Optional<PlanAnswer> plan(UUID patient, String route, String status) {
        return Optional.of(new PlanAnswer(PLAN, patient, status, 1, route, List.of(), 8, null));
    }

    static List<String> codes(List<Criterion> failed) {
        return failed.stream().map(Criterion::code).toList();
    }

    @Test
    void aDraftActiveOrPausedPlanOfThePatientOnTheRouteCanBeBooked() {
        for (String status : List.of("DRAFT", "ACTIVE", "PAUSED")) {
            assertThat(BookingPlanGate.check(slot(Route.INTRANASAL), plan(PATIENT, "INTRANASAL", status))).isEmpty();
        }
    }

    @Test
    void aPlanConsentServiceDoesNotKnowIsRefused() {
        assertThat(codes(BookingPlanGate.check(slot(Route.IV), Optional.empty()))).containsExactly("PLAN_NOT_FOUND");
    }

    @Test
    void anotherPatientsPlanOnAnotherRouteThatHasEndedFailsEveryCriterion() {
        assertThat(codes(BookingPlanGate.check(slot(Route.IV), plan(UUID.randomUUID(), "INTRANASAL", "COMPLETED"))))
                .containsExactly("PLAN_OF_ANOTHER_PATIENT", "ROUTE_DIFFERS_FROM_PLAN", "PLAN_ENDED");
    }

    @Test
    void aCancelledPlanIsEnded() {
        assertThat(codes(BookingPlanGate.check(slot(Route.IV), plan(PATIENT, "IV", "CANCELLED")))).containsExactly("PLAN_ENDED");
    }
}
