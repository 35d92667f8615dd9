package io.ketacare.session.domain.session;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.client.PlanAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A booking must name a plan consent-service knows, of the booked patient, on the booked route, and not ended (completed
 * or cancelled). A draft or paused plan may be booked ahead: check-in asks again whether it authorizes treatment.
 */
public final class BookingPlanGate {

    static final Set<String> ENDED = Set.of("COMPLETED", "CANCELLED");

    private BookingPlanGate() {
    }

    /** Every criterion the slot fails against the plan as consent-service holds it (empty: no such plan). */
    public static List<Criterion> check(Slot slot, Optional<PlanAnswer> plan) {
        if (plan.isEmpty()) {
            return List.of(new Criterion("PLAN_NOT_FOUND", "consent-service has no treatment plan " + slot.planId()
                    + "; book under one of the patient's plans (GET /api/v1/patients/" + slot.patientId() + "/treatment-plans)"));
        }
        PlanAnswer p = plan.get();
        List<Criterion> failed = new ArrayList<>();
        if (!slot.patientId().equals(p.patientId())) {
            failed.add(new Criterion("PLAN_OF_ANOTHER_PATIENT", "plan " + p.id() + " is a plan of another patient, not of patient "
                    + slot.patientId() + "; book under one of this patient's plans"));
        }
        if (!slot.route().name().equals(p.route())) {
            failed.add(new Criterion("ROUTE_DIFFERS_FROM_PLAN", "the booking's route is " + slot.route() + " but plan " + p.id() + " is "
                    + p.route() + "; book the plan's route " + p.route()));
        }
        if (ENDED.contains(p.status())) {
            failed.add(new Criterion("PLAN_ENDED", "plan " + p.id() + " is " + p.status() + "; no session can be booked under an ended plan"
                    + " (a draft, active or paused plan can be booked)"));
        }
        return failed;
    }
}
