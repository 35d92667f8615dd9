package io.ketacare.consent.domain.plan;

import io.ketacare.consent.client.EligibilityAnswer;
import io.ketacare.consent.client.PatientEligibility;
import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.consent.domain.outbox.Outbox;
import io.ketacare.consent.domain.rems.RemsEnrollments;
import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Activating a draft plan once every prerequisite holds at this moment. */
@ApplicationScoped
public class PlanActivation {

    @Inject
    TreatmentPlans plans;

    @Inject
    Consents consents;

    @Inject
    PatientEligibility eligibility;

    @Inject
    RemsEnrollments rems;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public TreatmentPlan activate(UUID planId, String by) {
        TreatmentPlan plan = plans.get(planId);
        plan.requireDraft();
        EligibilityAnswer answer = eligibility.current(plan.patientId);
        List<Criterion> unmet = TreatmentPrerequisites.unmet(plan.route, answer.status(),
                answer.reasonsOrEmpty().stream().map(EligibilityAnswer.Reason::code).toList(), consents.allOf(plan.patientId),
                rems.isEnrolled(plan.patientId));
        if (!unmet.isEmpty()) {
            throw ProblemException.ruleRefused("activation-prerequisites-unmet", "Treatment plan prerequisites unmet", unmet);
        }
        plan.activate(by, clock.instant());
        outbox.plan(plan, "PLAN_ACTIVATED");
        return plan;
    }
}
