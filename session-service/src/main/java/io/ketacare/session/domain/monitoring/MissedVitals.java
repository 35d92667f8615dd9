package io.ketacare.session.domain.monitoring;

import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.persistence.SessionRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The vitals schedule of a session, and the sweep that raises a MISSED_VITALS alert once for each missed time point of
 * the sessions being dosed or monitored (the alert names the time point; raising it again changes nothing).
 */
@ApplicationScoped
public class MissedVitals {

    private static final Logger LOG = Logger.getLogger(MissedVitals.class);
    static final EnumSet<SessionStatus> SWEPT = EnumSet.of(SessionStatus.DOSING, SessionStatus.MONITORING);

    @Inject
    Sessions sessions;

    @Inject
    SessionProtocols protocols;

    @Inject
    SessionRecords records;

    @Inject
    SessionAlerts alerts;

    @Inject
    Clock clock;

    /** The session's vitals schedule now; empty before the dose started. */
    public List<VitalsSchedule.TimePoint> schedule(Session s, Optional<DoseAdministration> dose, List<VitalReading> readings) {
        if (dose.isEmpty() || dose.get().startedAt == null) {
            return List.of();
        }
        SessionProtocol p = protocols.version(s.protocolVersion);
        return VitalsSchedule.of(p.rule(s.route), Duration.ofMinutes(p.vitalsGraceMinutes), dose.get().startedAt, dose.get().endedAt,
                readings, clock.instant(), s.dischargedAt != null ? s.dischargedAt : s.endedAt);
    }

    /** Raises the missed-vitals alerts of every session being dosed or monitored; returns how many were raised now. */
    public int sweep() {
        int raised = 0;
        for (UUID id : records.sessionsBeingMonitored()) {
            try {
                raised += QuarkusTransaction.requiringNew().call(() -> sweep(id));
            } catch (RuntimeException e) {
                LOG.warnf("Cannot check the vitals schedule of session %s (will retry): %s", id, e.toString());
            }
        }
        if (raised > 0) {
            LOG.infof("%d missed-vitals alert(s) raised", raised);
        }
        return raised;
    }

    /** Raises the missed-vitals alerts of one session not raised yet; returns how many were raised now. */
    @Transactional
    public int sweep(UUID sessionId) {
        Session s = sessions.get(sessionId);
        if (!SWEPT.contains(s.status)) {
            return 0;
        }
        int raised = 0;
        SessionProtocol p = protocols.version(s.protocolVersion);
        for (VitalsSchedule.TimePoint t : VitalsSchedule.missed(schedule(s, records.dose(sessionId), records.bloodPressures(sessionId)))) {
            raised += alerts.raiseOnce(sessionId, AlertKind.MISSED_VITALS, t.dueAt(), message(t, p), t.windowEnd());
        }
        return raised;
    }

    static String message(VitalsSchedule.TimePoint t, SessionProtocol p) {
        return "no blood pressure measured between " + t.windowStart() + " and " + t.windowEnd() + " for the vitals due at " + t.dueAt()
                + " (" + t.basis() + ", ± " + p.vitalsGraceMinutes + " min, session protocol v" + p.version
                + "); record the vitals now and chart the missed ones with their measured time if they were taken";
    }
}
