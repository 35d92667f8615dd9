package io.ketacare.consent.domain.plan;

import io.ketacare.consent.domain.outbox.Outbox;
import io.ketacare.consent.persistence.PlanVersionRepository;
import io.ketacare.consent.persistence.RouteLimitRepository;
import io.ketacare.consent.persistence.TreatmentPlanRepository;
import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.web.Etags;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Drafting treatment plans within the current route protocol. */
@ApplicationScoped
public class TreatmentPlans {

    private static final Logger LOG = Logger.getLogger(TreatmentPlans.class);

    @Inject
    TreatmentPlanRepository plans;

    @Inject
    RouteLimitRepository limits;

    @Inject
    PlanVersionRepository versions;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public DoseProtocol currentProtocol() {
        int version = limits.latestVersion();
        if (version == 0) {
            throw ProblemException.dependencyUnavailable("The route protocol", 60);
        }
        return new DoseProtocol(version, limits.ofVersion(version));
    }

    @Transactional
    public TreatmentPlan draft(UUID patientId, String indication, DoseRule dose, List<Phase> phases, int estimatedSessions, String prescriber) {
        DoseProtocol protocol = currentProtocol();
        List<Criterion> failed = protocol.check(dose);
        if (!failed.isEmpty()) {
            throw ProblemException.ruleRefused("dose-outside-protocol", "Dose outside the route protocol", failed);
        }
        TreatmentPlan plan = TreatmentPlan.draft(patientId, indication, protocol.withDefaults(dose), protocol.version(), phases,
                estimatedSessions, prescriber, clock.instant());
        plans.persist(plan);
        versions.persist(PlanVersion.snapshot(plan, null, prescriber, plan.createdAt));
        outbox.plan(plan, "PLAN_DRAFTED");
        return plan;
    }

    /** A revision with a rationale, checked against the current protocol; the route stays that of the plan. */
    @Transactional
    public TreatmentPlan revise(UUID planId, String rationale, String indication, DoseRule dose, List<Phase> phases, int estimatedSessions,
            String by) {
        TreatmentPlan plan = get(planId);
        DoseRule onRoute = new DoseRule(plan.route, dose.unit(), dose.dose(), dose.firstDoseMg(), dose.infusionMinutes());
        DoseProtocol protocol = currentProtocol();
        List<Criterion> failed = protocol.check(onRoute);
        if (!failed.isEmpty()) {
            throw ProblemException.ruleRefused("dose-outside-protocol", "Dose outside the route protocol", failed);
        }
        plan.revise(indication, protocol.withDefaults(onRoute), protocol.version(), phases, estimatedSessions);
        versions.persist(PlanVersion.snapshot(plan, rationale, by, clock.instant()));
        outbox.plan(plan, "PLAN_REVISED");
        return plan;
    }

    /** Pause, resume, complete or cancel: a state change with its reason, announced on the change feed. */
    @Transactional
    public TreatmentPlan change(UUID planId, PlanStatus to, String reason, String by, Long expectedVersion) {
        TreatmentPlan plan = get(planId);
        if (expectedVersion != null) {
            Etags.requireCurrent(expectedVersion, plan.version);
        }
        PlanStatus from = plan.status;
        plan.change(to, reason, by, clock.instant());
        outbox.plan(plan, to == PlanStatus.ACTIVE ? "PLAN_RESUMED" : "PLAN_" + to.name());
        LOG.infof("plan %s of patient %s: %s -> %s by %s", plan.id, plan.patientId, from, to, by);
        return plan;
    }

    public Page<PlanVersion> versions(UUID planId, PageParams paging) {
        get(planId);
        var query = versions.ofPlan(planId).page(paging.page(), paging.size());
        return Page.of(query.list(), paging, query.count());
    }

    /** A patient's plans in every status (or one), newest drafted first. */
    public Page<TreatmentPlan> ofPatient(UUID patientId, PlanStatus status, PageParams paging) {
        var query = plans.ofPatient(patientId, status).page(paging.page(), paging.size());
        return Page.of(query.list(), paging, query.count());
    }

    public TreatmentPlan get(UUID planId) {
        return plans.findByIdOptional(planId).orElseThrow(() -> ProblemException.notFound("Treatment plan " + planId));
    }

    public PlanVersion version(UUID planId, int planVersion) {
        return versions.find(planId, planVersion)
                .orElseThrow(() -> ProblemException.notFound("Version " + planVersion + " of treatment plan " + planId));
    }
}
