package io.ketacare.gateway.pathway;

import io.ketacare.gateway.client.consent.ConsentRecord;
import io.ketacare.gateway.client.consent.PlanRecord;
import io.ketacare.gateway.client.patient.AssessmentRecord;
import io.ketacare.gateway.client.patient.EligibilityRecord;
import io.ketacare.gateway.client.patient.PatientRecord;
import io.ketacare.gateway.client.session.SessionRecord;
import io.ketacare.gateway.pathway.Pathway.AlertsPart;
import io.ketacare.gateway.pathway.Pathway.ConsentPart;
import io.ketacare.gateway.pathway.Pathway.ConsentSummary;
import io.ketacare.gateway.pathway.Pathway.EligibilityPart;
import io.ketacare.gateway.pathway.Pathway.NextSession;
import io.ketacare.gateway.pathway.Pathway.PatientPart;
import io.ketacare.gateway.pathway.Pathway.PlanPart;
import io.ketacare.gateway.pathway.Pathway.PlanSummary;
import io.ketacare.gateway.pathway.Pathway.ScoreSummary;
import io.ketacare.gateway.pathway.Pathway.ScoresPart;
import io.ketacare.gateway.pathway.Pathway.SessionsPart;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the owners' answers together into the pathway document: a part per owner, UNAVAILABLE with
 * the reason when its owner gave none, and the stage read from the facts that are there.
 */
public final class PathwayAssembler {

    private static final Comparator<Instant> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private PathwayAssembler() {
    }

    public static Pathway assemble(PathwaySources s) {
        List<PlanRecord> plans = s.plans().ok() ? s.plans().value() : List.of();
        Optional<PlanRecord> active = PlacingPlan.latest(plans, "ACTIVE");
        Optional<PlanRecord> placing = PlacingPlan.of(plans);
        StageDecision stage = PathwayStages.decide(facts(s, placing));
        return new Pathway(s.patientId(), s.now(), stage.stage(), stage.basis(), patient(s), eligibility(s), consent(s),
                plan(s, active, placing), sessions(s, active), scores(s), alerts(s));
    }

    static StageFacts facts(PathwaySources s, Optional<PlanRecord> plan) {
        String eligibility = s.eligibility().ok() ? s.eligibility().value().status() : null;
        Boolean hasScores = s.assessments().ok() ? !s.assessments().value().isEmpty() : null;
        Boolean consentInForce = s.consents().ok() ? s.consents().value().stream().anyMatch(ConsentRecord::inForce) : null;
        String planStatus = s.plans().ok() ? plan.map(PlanRecord::status).orElse(StageFacts.NO_PLAN) : null;
        boolean maintenance = plan.map(PlacingPlan::maintenanceOnly).orElse(false);
        Integer induction = plan.map(PlacingPlan::inductionSessions).orElse(null);
        Integer doses = s.sessions().ok() ? plan.map(p -> dosesGiven(s.sessions().value(), p)).orElse(0) : null;
        return new StageFacts(eligibility, hasScores, consentInForce, planStatus, maintenance, induction, doses);
    }

    private static int dosesGiven(List<SessionRecord> sessions, PlanRecord plan) {
        return (int) sessions.stream().filter(x -> x.dose() != null && plan.id().equals(x.dose().planId())).count();
    }

    private static PatientPart patient(PathwaySources s) {
        if (!s.patient().ok()) {
            return new PatientPart(PartStatus.UNAVAILABLE, s.patient().failure(), null, null, null, null);
        }
        PatientRecord p = s.patient().value();
        return new PatientPart(PartStatus.AVAILABLE, null, p.mrn(), p.givenName(), p.familyName(), p.birthDate());
    }

    private static EligibilityPart eligibility(PathwaySources s) {
        if (!s.eligibility().ok()) {
            return new EligibilityPart(PartStatus.UNAVAILABLE, s.eligibility().failure(), null, null, null, null, null);
        }
        EligibilityRecord e = s.eligibility().value();
        return new EligibilityPart(PartStatus.AVAILABLE, null, e.status(), e.decidedAt(), e.stale(), e.treatmentResistantDepression(),
                e.reasonsOrEmpty().stream().map(r -> new Pathway.Reason(r.code(), r.effect(), r.message())).toList());
    }

    private static ConsentPart consent(PathwaySources s) {
        if (!s.consents().ok()) {
            return new ConsentPart(PartStatus.UNAVAILABLE, s.consents().failure(), null, null);
        }
        List<ConsentRecord> all = s.consents().value();
        ConsentSummary current = all.stream().filter(ConsentRecord::inForce)
                .max(Comparator.comparing(ConsentRecord::activatedAt, NULLS_FIRST))
                .map(c -> new ConsentSummary(c.id(), c.documentCode(), c.documentVersion(), c.routesOrEmpty(), c.activatedAt(), c.expiresAt()))
                .orElse(null);
        return new ConsentPart(PartStatus.AVAILABLE, null, all.size(), current);
    }

    private static PlanPart plan(PathwaySources s, Optional<PlanRecord> active, Optional<PlanRecord> placing) {
        if (!s.plans().ok()) {
            return new PlanPart(PartStatus.UNAVAILABLE, s.plans().failure(), null, null, null);
        }
        return new PlanPart(PartStatus.AVAILABLE, null, s.plans().value().size(), active.map(PathwayAssembler::summary).orElse(null),
                placing.map(PathwayAssembler::summary).orElse(null));
    }

    private static PlanSummary summary(PlanRecord p) {
        return new PlanSummary(p.id(), p.status(), p.planVersion(), p.route(), p.indication(), p.dose() == null ? null : p.dose().unit(),
                p.dose() == null ? null : p.dose().value(), PlacingPlan.inductionSessions(p), p.estimatedSessions(), p.activatedAt());
    }

    private static SessionsPart sessions(PathwaySources s, Optional<PlanRecord> plan) {
        if (!s.sessions().ok()) {
            return new SessionsPart(PartStatus.UNAVAILABLE, s.sessions().failure(), null, null, null, null, null);
        }
        List<SessionRecord> all = s.sessions().value();
        int done = (int) all.stream().filter(x -> SessionRecord.DISCHARGED.equals(x.status())).count();
        List<SessionRecord> open = all.stream().filter(SessionRecord::open).sorted(Comparator.comparing(SessionRecord::start, NULLS_FIRST)).toList();
        NextSession next = open.isEmpty() ? null : new NextSession(open.get(0).id(), open.get(0).start(), open.get(0).status());
        Integer estimated = plan.map(PlanRecord::estimatedSessions).orElse(null);
        return new SessionsPart(PartStatus.AVAILABLE, null, done, open.size(), plan.map(p -> dosesGiven(all, p)).orElse(0), estimated, next);
    }

    private static ScoresPart scores(PathwaySources s) {
        if (!s.assessments().ok()) {
            return new ScoresPart(PartStatus.UNAVAILABLE, s.assessments().failure(), null);
        }
        Map<String, AssessmentRecord> latest = new LinkedHashMap<>();
        s.assessments().value().stream()
                .sorted(Comparator.comparing(AssessmentRecord::administeredAt, NULLS_FIRST).reversed())
                .forEach(a -> latest.putIfAbsent(a.instrument(), a));
        return new ScoresPart(PartStatus.AVAILABLE, null, latest.values().stream().map(a -> new ScoreSummary(a.instrument(), a.total(), a.band(),
                a.administeredAt(), a.baselineTotal(), a.changeFromBaseline(), a.percentChangeFromBaseline(), a.response(), a.remission(),
                a.relapseSignal(), a.flagsOrEmpty())).toList());
    }

    private static AlertsPart alerts(PathwaySources s) {
        if (!s.sessions().ok() || !s.remsReports().ok()) {
            return new AlertsPart(PartStatus.UNAVAILABLE, s.sessions().ok() ? s.remsReports().failure() : s.sessions().failure(), null, null);
        }
        List<Pathway.SessionAlert> open = s.sessions().value().stream().filter(SessionRecord::open)
                .flatMap(x -> x.alertsOrEmpty().stream().map(a -> new Pathway.SessionAlert(x.id(), a.kind(), a.message(), a.raisedAt())))
                .toList();
        List<Pathway.OverdueReport> overdue = s.remsReports().value().stream().filter(r -> "OVERDUE".equals(r.status()))
                .map(r -> new Pathway.OverdueReport(r.sessionId(), r.dueDate())).toList();
        return new AlertsPart(PartStatus.AVAILABLE, null, open, overdue);
    }
}
