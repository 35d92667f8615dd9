package io.ketacare.consent.domain.plan;

import io.ketacare.consent.client.EligibilityAnswer;
import io.ketacare.consent.client.PatientEligibility;
import io.ketacare.consent.domain.consent.ConsentView;
import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.consent.domain.rems.RemsEnrollments;
import io.ketacare.consent.persistence.TreatmentPlanRepository;
import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The answer session-service asks before check-in and dosing, from the state at this instant. */
@ApplicationScoped
public class TreatmentAuthorization {

    @Inject
    TreatmentPlanRepository plans;

    @Inject
    Consents consents;

    @Inject
    PatientEligibility eligibility;

    @Inject
    RemsEnrollments rems;

    @Inject
    Clock clock;

    public Authorization check(UUID patientId, Route route) {
        List<Criterion> reasons = new ArrayList<>();
        TreatmentPlan plan = plans.activeFor(patientId, route).orElse(null);
        if (plan == null) {
            reasons.add(plans.latestFor(patientId, route, PlanStatus.PAUSED)
                    .map(paused -> new Criterion("PLAN_PAUSED", "the patient's treatment plan for route " + route + " is PAUSED since "
                            + paused.statusChangedAt + ": " + paused.statusReason))
                    .orElseGet(() -> new Criterion("PLAN_NOT_ACTIVE", "the patient has no ACTIVE treatment plan for route " + route)));
        }
        List<ConsentView> all = consents.allOf(patientId);
        String status;
        List<String> eligibilityReasons;
        try {
            EligibilityAnswer answer = eligibility.current(patientId);
            status = answer.status();
            eligibilityReasons = answer.reasonsOrEmpty().stream().map(EligibilityAnswer.Reason::code).toList();
        } catch (ProblemException e) {
            status = null;
            eligibilityReasons = List.of();
            reasons.add(new Criterion("ELIGIBILITY_UNAVAILABLE", "patient-service could not tell the patient's eligibility now; retry later"));
        }
        for (Criterion c : TreatmentPrerequisites.unmet(route, status == null ? "UNKNOWN" : status, eligibilityReasons, all, rems.isEnrolled(patientId))) {
            if (status != null || !c.code().equals("PATIENT_NOT_ELIGIBLE")) {
                reasons.add(c);
            }
        }
        ConsentView consent = TreatmentPrerequisites.coveringConsent(route, all).orElse(null);
        return new Authorization(patientId, route, reasons, plan, consent, clock.instant());
    }
}
