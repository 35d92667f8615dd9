package io.ketacare.session.domain.dose;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.problem.Violation;
import io.ketacare.session.client.AuthorizationAnswer;
import io.ketacare.session.domain.Route;
import io.ketacare.session.domain.checkin.CheckIn;
import io.ketacare.session.domain.predose.PreDoseCheck;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionEvent;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.SessionTransitions;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.persistence.SessionEventRepository;
import io.ketacare.session.persistence.SessionRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Recording the dose: authorization is asked again, the dose must match the active plan version,
 * and the session records the plan version it dosed under. The session row is locked, so a dose
 * is never recorded twice.
 */
@ApplicationScoped
public class Dosing {

    @Inject
    Sessions sessions;

    @Inject
    CheckIn checkIn;

    @Inject
    SessionProtocols protocols;

    @Inject
    SessionRecords records;

    @Inject
    SessionEventRepository history;

    @Inject
    Clock clock;

    @Inject
    Dosing self;

    /** What the nurse reports was given. */
    public record Given(Route route, BigDecimal doseMg, String lotNumber, Integer devices, Instant startedAt, Instant endedAt) {
    }

    public Session give(UUID sessionId, Given given, String by) {
        Session s = sessions.get(sessionId);
        SessionTransitions.require(s.status, SessionStatus.DOSING);
        requirePlausibleTimes(given, protocols.version(s.protocolVersion));
        AuthorizationAnswer answer = checkIn.authorize(s);
        return self.record(sessionId, given, answer, by);
    }

    @Transactional
    Session record(UUID sessionId, Given given, AuthorizationAnswer answer, String by) {
        Session s = sessions.lock(sessionId);
        SessionTransitions.require(s.status, SessionStatus.DOSING);
        SessionProtocol protocol = protocols.version(s.protocolVersion);
        PreDoseCheck baseline = records.preDoseCheck(sessionId).orElseThrow();
        PlanDose plan = new PlanDose(Route.valueOf(answer.route()), answer.dose().unit(), answer.dose().value(), answer.firstDoseMg(),
                answer.planVersion());
        boolean first = records.dosesUnderPlan(s.planId) == 0;
        List<Criterion> failed = DoseGate.check(s.route, given.route(), given.doseMg(), given.devices(), baseline.weightKg, plan,
                protocol.rule(s.route), first);
        if (!failed.isEmpty()) {
            throw ProblemException.ruleRefused("dose-does-not-match-plan", "Dose does not match the active plan", failed);
        }
        Instant now = clock.instant();
        DoseAdministration dose = new DoseAdministration();
        dose.sessionId = s.id;
        dose.route = given.route();
        dose.doseMg = given.doseMg();
        dose.weightKg = baseline.weightKg;
        dose.mgPerKg = plan.perKg() ? given.doseMg().divide(baseline.weightKg, 4, RoundingMode.HALF_UP) : null;
        dose.lotNumber = given.lotNumber();
        dose.devices = given.devices();
        dose.startedAt = given.startedAt();
        dose.endedAt = given.endedAt();
        dose.planId = s.planId;
        dose.planVersion = answer.planVersion();
        dose.consentId = answer.consentId();
        dose.givenBy = by;
        dose.recordedAt = now;
        records.persist(dose);
        s.planVersion = answer.planVersion();
        s.moveTo(SessionStatus.DOSING);
        history.persist(SessionEvent.of(s, "DOSE_STARTED", given.doseMg().stripTrailingZeros().toPlainString() + " mg " + given.route()
                + ", lot " + given.lotNumber() + ", plan version " + answer.planVersion(), by, now));
        if (given.endedAt() != null) {
            s.moveTo(SessionStatus.MONITORING);
            history.persist(SessionEvent.of(s, "DOSE_COMPLETED", null, by, now));
        }
        return s;
    }

    /** The end of an infusion (or the last device): the session moves on to MONITORING. */
    @Transactional
    public Session complete(UUID sessionId, Instant endedAt, String by) {
        Session s = sessions.lock(sessionId);
        SessionTransitions.require(s.status, SessionStatus.MONITORING);
        DoseAdministration dose = records.dose(sessionId).orElseThrow();
        Instant now = clock.instant();
        if (endedAt.isBefore(dose.startedAt) || endedAt.isAfter(now)) {
            throw ProblemException.invalid("endedAt", "must lie between the start of dosing (" + dose.startedAt + ") and now");
        }
        dose.endedAt = endedAt;
        s.moveTo(SessionStatus.MONITORING);
        history.persist(SessionEvent.of(s, "DOSE_COMPLETED", null, by, now));
        return s;
    }

    private void requirePlausibleTimes(Given given, SessionProtocol protocol) {
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        if (given.startedAt().isAfter(now)) {
            violations.add(new Violation("startedAt", "must not be in the future"));
        } else if (given.startedAt().isBefore(now.minus(Duration.ofMinutes(protocol.doseRecordMaxAgeMinutes)))) {
            violations.add(new Violation("startedAt", "must be at most " + protocol.doseRecordMaxAgeMinutes
                    + " min ago (session protocol v" + protocol.version + ")"));
        }
        if (given.endedAt() != null && (given.endedAt().isBefore(given.startedAt()) || given.endedAt().isAfter(now))) {
            violations.add(new Violation("endedAt", "must lie between startedAt and now"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
