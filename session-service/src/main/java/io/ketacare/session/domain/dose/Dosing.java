package io.ketacare.session.domain.dose;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.problem.Violation;
import io.ketacare.session.client.AuthorizationAnswer;
import io.ketacare.session.domain.Route;
import io.ketacare.session.domain.checkin.CheckIn;
import io.ketacare.session.domain.predose.PreDoseCheck;
import io.ketacare.session.domain.protocol.RouteRule;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionEvent;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.SessionTransitions;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.domain.timeline.Timeline;
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
import java.util.Optional;
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

    /** What the nurse reports was given; a dose charted late carries the reason. */
    public record Given(Route route, BigDecimal doseMg, String lotNumber, Integer devices, Instant startedAt, Instant endedAt,
            List<Instant> deviceTimes, String lateEntryReason) {
    }

    public Session give(UUID sessionId, Given given, String by) {
        Session s = sessions.get(sessionId);
        SessionTransitions.require(s.status, SessionStatus.DOSING);
        SessionProtocol protocol = protocols.version(s.protocolVersion);
        requirePlausibleTimes(given, protocol, protocol.rule(s.route));
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
        Instant now = clock.instant();
        List<Criterion> failed = DoseGate.check(s.route, given.route(), given.doseMg(), given.devices(), baseline.weightKg, plan,
                protocol.rule(s.route), first);
        boolean planMismatch = !failed.isEmpty();
        failed = new ArrayList<>(failed);
        failed.addAll(DoseGate.timeline(new DoseGate.Times(given.startedAt(), given.endedAt(), given.deviceTimes(), given.lateEntryReason()),
                gates(s, baseline, answer), given.doseMg(), protocol,
                protocol.rule(s.route), now));
        if (planMismatch) {
            throw ProblemException.ruleRefused("dose-does-not-match-plan", "Dose does not match the active plan", failed);
        }
        if (!failed.isEmpty()) {
            throw ProblemException.ruleRefused("dose-timeline-refused", "Dose times do not follow the session's gates", failed);
        }
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
        dose.endRecordedAt = given.endedAt() == null ? null : now;
        dose.plannedInfusionMinutes = answer.infusionMinutes();
        dose.deviceTimes = DoseAdministration.deviceTimes(given.deviceTimes());
        if (Timeline.isLateEntry(given.startedAt(), now, protocol)) {
            dose.lateEntry = true;
            dose.lateEntryReason = given.lateEntryReason().trim();
            dose.lateEntryBy = by;
        }
        records.persist(dose);
        s.planVersion = answer.planVersion();
        s.moveTo(SessionStatus.DOSING);
        history.persist(SessionEvent.of(s, "DOSE_STARTED", given.doseMg().stripTrailingZeros().toPlainString() + " mg " + given.route()
                + ", lot " + given.lotNumber() + ", plan version " + answer.planVersion()
                + (dose.lateEntry ? "; late entry: " + dose.lateEntryReason : ""), by, now));
        if (given.endedAt() != null) {
            s.moveTo(SessionStatus.MONITORING);
            history.persist(SessionEvent.of(s, "DOSE_COMPLETED", null, by, now));
        }
        return s;
    }

    /** The end of an infusion (or the last device): the session moves on to MONITORING. */
    @Transactional
    public Session complete(UUID sessionId, Instant endedAt, String lateEntryReason, String by) {
        Session s = sessions.lock(sessionId);
        SessionTransitions.require(s.status, SessionStatus.MONITORING);
        SessionProtocol protocol = protocols.version(s.protocolVersion);
        DoseAdministration dose = records.dose(sessionId).orElseThrow();
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        Timeline.notInFuture("endedAt", endedAt, protocol, now).ifPresent(violations::add);
        if (endedAt.isBefore(dose.startedAt)) {
            violations.add(new Violation("endedAt", "must not be before the start of dosing (" + dose.startedAt + ")"));
        }
        List<Instant> devices = dose.deviceTimes();
        if (!devices.isEmpty() && endedAt.isBefore(devices.get(devices.size() - 1))) {
            violations.add(new Violation("endedAt", "must not be before the last device (" + devices.get(devices.size() - 1) + ")"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        List<Criterion> failed = new ArrayList<>();
        DoseGate.infusion(dose.startedAt, endedAt, dose.plannedInfusionMinutes, protocol, protocol.rule(s.route), failed);
        DoseGate.lateEntry(endedAt, lateEntryReason, protocol, now, failed);
        if (!failed.isEmpty()) {
            throw ProblemException.ruleRefused("dose-timeline-refused", "Dose times do not follow the session's gates", failed);
        }
        dose.endedAt = endedAt;
        dose.endRecordedAt = now;
        boolean late = Timeline.isLateEntry(endedAt, now, protocol);
        if (late) {
            dose.lateEntryReason = (dose.lateEntry ? dose.lateEntryReason + "; " : "") + "end of dosing: " + lateEntryReason.trim();
            dose.lateEntry = true;
            dose.lateEntryBy = by;
        }
        s.moveTo(SessionStatus.MONITORING);
        history.persist(SessionEvent.of(s, "DOSE_COMPLETED", late ? "late entry: " + lateEntryReason.trim() : null, by, now));
        return s;
    }

    private void requirePlausibleTimes(Given given, SessionProtocol protocol, RouteRule rule) {
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        Optional<Violation> future = Timeline.notInFuture("startedAt", given.startedAt(), protocol, now);
        if (future.isPresent()) {
            violations.add(future.get());
        } else if (given.startedAt().isBefore(now.minus(Duration.ofMinutes(protocol.doseRecordMaxAgeMinutes)))) {
            violations.add(new Violation("startedAt", "must be at most " + protocol.doseRecordMaxAgeMinutes
                    + " min ago (session protocol v" + protocol.version + ")"));
        }
        Timeline.notInFuture("endedAt", given.endedAt(), protocol, now).ifPresent(violations::add);
        if (given.endedAt() != null && given.endedAt().isBefore(given.startedAt())) {
            violations.add(new Violation("endedAt", "must not be before startedAt"));
        }
        List<Instant> times = given.deviceTimes() == null ? List.of() : given.deviceTimes();
        if (!times.isEmpty() && rule.allowedFixedDoses().isEmpty()) {
            violations.add(new Violation("deviceTimes", rule.route + " doses have no devices; leave deviceTimes out"));
        }
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i) == null) {
                violations.add(new Violation("deviceTimes[" + i + "]", "must be a time"));
                continue;
            }
            Timeline.notInFuture("deviceTimes[" + i + "]", times.get(i), protocol, now).ifPresent(violations::add);
            if (i == 0 && !times.get(0).equals(given.startedAt())) {
                violations.add(new Violation("deviceTimes[0]", "the first device is the start of dosing: must equal startedAt (" + given.startedAt() + ")"));
            }
            if (i > 0 && times.get(i - 1) != null && times.get(i).isBefore(times.get(i - 1))) {
                violations.add(new Violation("deviceTimes[" + i + "]", "must not be before the device before it (" + times.get(i - 1) + ")"));
            }
        }
        Instant last = times.isEmpty() ? null : times.get(times.size() - 1);
        if (given.endedAt() != null && last != null && given.endedAt().isBefore(last)) {
            violations.add(new Violation("endedAt", "must not be before the last device (" + last + ")"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private DoseGate.Gates gates(Session s, PreDoseCheck passed, AuthorizationAnswer answer) {
        PreDoseCheck latest = records.latestPreDoseCheckAttempt(s.id).orElse(passed);
        boolean failedSince = !latest.passed && latest.checkedAt.isAfter(passed.checkedAt);
        return new DoseGate.Gates(s.checkedInAt, passed.checkedAt, answer.infusionMinutes(), failedSince ? latest.checkedAt : null,
                failedSince ? latest.failedCriteria : null);
    }
}
