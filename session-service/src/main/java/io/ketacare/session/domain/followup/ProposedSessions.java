package io.ketacare.session.domain.followup;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.session.client.ConsentService;
import io.ketacare.session.client.PlanAnswer;
import io.ketacare.session.domain.Route;
import io.ketacare.session.domain.protocol.SessionProtocols;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The next sessions of an active plan, from its phases, after those already booked under it. */
@ApplicationScoped
public class ProposedSessions {

    /** The proposal for a plan. */
    public record Proposal(PlanAnswer plan, Route route, int alreadyBooked, int durationMinutes, List<ScheduleProposer.Proposal> sessions) {
    }

    @Inject
    ConsentService consent;

    @Inject
    SessionProtocols protocols;

    @Inject
    EntityManager em;

    /** The proposal, its days counted in the given clinic time zone. */
    public Proposal propose(UUID planId, Instant from, java.time.ZoneId zone) {
        PlanAnswer plan = consent.plan(planId).orElseThrow(() -> ProblemException.notFound("Treatment plan " + planId));
        if (!"ACTIVE".equals(plan.status())) {
            throw ProblemException.ruleRefused("plan-not-active", "Plan not active", List.of(new Criterion("PLAN_NOT_ACTIVE",
                    "plan " + planId + " is " + plan.status() + "; sessions are proposed only for an ACTIVE plan")));
        }
        Route route = Route.valueOf(plan.route());
        int booked = em.createQuery("select count(s) from Session s where s.planId = ?1 and s.status not in "
                        + "(io.ketacare.session.domain.session.SessionStatus.CANCELLED, io.ketacare.session.domain.session.SessionStatus.NO_SHOW,"
                        + " io.ketacare.session.domain.session.SessionStatus.ABORTED)", Long.class)
                .setParameter(1, planId).getSingleResult().intValue();
        List<ScheduleProposer.Phase> phases = plan.phases().stream()
                .map(p -> new ScheduleProposer.Phase(p.name(), p.weeks(), p.sessionsPerWeek())).toList();
        return new Proposal(plan, route, booked, protocols.current().minimumBookingMinutes(route),
                ScheduleProposer.propose(phases, booked, from, zone));
    }
}
