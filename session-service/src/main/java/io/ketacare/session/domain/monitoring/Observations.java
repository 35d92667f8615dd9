package io.ketacare.session.domain.monitoring;

import io.ketacare.platform.problem.ProblemException;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.SessionTransitions;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.domain.timeline.Timeline;
import io.ketacare.session.persistence.SessionRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Sedation and dissociation scores, adverse events and their outcomes. */
@ApplicationScoped
public class Observations {

    static final EnumSet<SessionStatus> SCORING = EnumSet.of(SessionStatus.DOSING, SessionStatus.MONITORING);
    static final EnumSet<SessionStatus> EVENTS = EnumSet.of(SessionStatus.CHECKED_IN, SessionStatus.READY_TO_DOSE, SessionStatus.DOSING,
            SessionStatus.MONITORING, SessionStatus.ABORTED, SessionStatus.DISCHARGED);

    @Inject
    Sessions sessions;

    @Inject
    SessionRecords records;

    @Inject
    SessionProtocols protocols;

    @Inject
    SessionAlerts alerts;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records a score: not in the future, not before the check-in; a late entry when charted more than the charting
     * allowance after it was rated. A MOAA/S at or below the protocol's limit raises a deep-sedation alert.
     */
    @Transactional
    public SessionScore score(UUID sessionId, ScoreInstrument instrument, int value, java.time.Instant measuredAt, String lateEntryReason,
            String by) {
        Session s = sessions.lock(sessionId);
        SessionTransitions.requireState(s.status, SCORING, "score");
        if (value < instrument.min || value > instrument.max) {
            throw ProblemException.invalid("score", instrument + " must be between " + instrument.min + " and " + instrument.max);
        }
        SessionProtocol p = protocols.version(s.protocolVersion);
        java.time.Instant now = clock.instant();
        ObservationTimeline.require(List.of(new ObservationTimeline.Observed("measuredAt", instrument + " " + value, measuredAt)),
                s.checkedInAt, "MEASURED_BEFORE_CHECK_IN", p, now);
        SessionScore score = new SessionScore();
        score.id = UUID.randomUUID();
        score.sessionId = sessionId;
        score.instrument = instrument;
        score.score = value;
        score.measuredAt = measuredAt;
        score.recordedBy = by;
        score.recordedAt = now;
        score.lateEntry = Timeline.isLateEntry(measuredAt, now, p);
        score.lateEntryReason = lateEntryReason;
        records.persist(score);
        AlertRules.check(score, p).ifPresent(a -> alerts.raise(sessionId, a, null, measuredAt));
        return score;
    }

    @Transactional
    public AdverseEvent report(UUID sessionId, AdverseEvent event, String by) {
        Session s = sessions.lock(sessionId);
        SessionTransitions.requireState(s.status, EVENTS, "report an adverse event on");
        ObservationTimeline.require(List.of(new ObservationTimeline.Observed("onsetAt", "adverse event " + event.type, event.onsetAt)),
                s.checkedInAt, "ONSET_BEFORE_CHECK_IN", protocols.version(s.protocolVersion), clock.instant());
        event.id = UUID.randomUUID();
        event.sessionId = sessionId;
        event.recordedBy = by;
        event.recordedAt = clock.instant();
        if (event.outcome == null) {
            event.outcome = AdverseEventOutcome.ONGOING;
        }
        records.persist(event);
        return event;
    }

    @Transactional
    public AdverseEvent outcome(UUID sessionId, UUID eventId, AdverseEventOutcome outcome, java.time.Instant at, String note) {
        AdverseEvent e = em.find(AdverseEvent.class, eventId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !e.sessionId.equals(sessionId)) {
            throw ProblemException.notFound("Adverse event " + eventId);
        }
        if (!e.isOpen()) {
            throw ProblemException.conflict("adverse-event-closed", "Adverse event already closed",
                    "Adverse event " + eventId + " is already " + e.outcome + "; its outcome cannot change");
        }
        SessionProtocol p = protocols.version(sessions.get(sessionId).protocolVersion);
        Timeline.notInFuture("at", at, p, clock.instant()).ifPresent(v -> {
            throw ProblemException.invalid(List.of(v));
        });
        if (at.isBefore(e.onsetAt)) {
            throw ProblemException.invalid("at", "must not be before the onset (" + e.onsetAt + ")");
        }
        e.outcome = outcome;
        e.resolvedAt = outcome == AdverseEventOutcome.ONGOING ? null : at;
        e.outcomeNote = note;
        em.flush();
        return e;
    }
}
