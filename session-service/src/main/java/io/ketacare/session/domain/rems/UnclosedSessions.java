package io.ketacare.session.domain.rems;

import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.monitoring.AlertKind;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Finds intranasal sessions dosed but not discharged or aborted within the protocol's time after the dose start (default
 * 360 min) and raises a SESSION_NOT_CLOSED alert on each, once: the alert names the time point it is about, and the
 * database keeps one alert per session, kind and time point whatever the number of sweeps or service instances.
 */
@ApplicationScoped
public class UnclosedSessions {

    private static final Logger LOG = Logger.getLogger(UnclosedSessions.class);

    @Inject
    EntityManager em;

    @Inject
    SessionProtocols protocols;

    @Inject
    java.time.Clock clock;

    @ConfigProperty(name = "ketacare.rems-sweep.enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(every = "${ketacare.rems-sweep.interval:60s}", delayed = "${ketacare.rems-sweep.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (!enabled) {
            return;
        }
        try {
            int raised = raiseAlerts();
            if (raised > 0) {
                LOG.infof("%d dosed session(s) not closed in time: SESSION_NOT_CLOSED raised", raised);
            }
        } catch (RuntimeException e) {
            LOG.warnf("The sweep for sessions not closed in time failed (will retry): %s", e.toString());
        }
    }

    /** Raises the alert on every session now overdue for closing that has none yet; returns how many were raised. */
    @Transactional
    public int raiseAlerts() {
        Instant now = clock.instant();
        List<Object[]> open = em.createQuery("""
                select s, d from Session s, DoseAdministration d where d.sessionId = s.id
                and s.route = io.ketacare.session.domain.Route.INTRANASAL
                and s.status not in (io.ketacare.session.domain.session.SessionStatus.DISCHARGED, io.ketacare.session.domain.session.SessionStatus.ABORTED,
                    io.ketacare.session.domain.session.SessionStatus.CANCELLED, io.ketacare.session.domain.session.SessionStatus.NO_SHOW)""",
                Object[].class).getResultList();
        int raised = 0;
        for (Object[] row : open) {
            Session s = (Session) row[0];
            DoseAdministration dose = (DoseAdministration) row[1];
            SessionProtocol protocol = protocols.version(s.protocolVersion);
            if (!RemsForms.notClosedInTime(s, dose, protocol, now)) {
                continue;
            }
            Instant due = RemsForms.closeBy(dose, protocol);
            raised += em.createNativeQuery("""
                    INSERT INTO session_alert (id, session_id, kind, message, reading_id, due_at, raised_at)
                    VALUES (?1, ?2, ?3, ?4, NULL, ?5, ?6) ON CONFLICT ON CONSTRAINT session_alert_due_once DO NOTHING""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, s.id).setParameter(3, AlertKind.SESSION_NOT_CLOSED.name())
                    .setParameter(4, "Dosed at " + dose.startedAt + " and still " + s.status + " at " + now + ": a session must be discharged or"
                            + " aborted within " + protocol.remsSessionCloseMinutes + " min of the dose start (session protocol v"
                            + protocol.version + "), by " + due + "; close it and submit its REMS form")
                    .setParameter(5, due).setParameter(6, now).executeUpdate();
        }
        return raised;
    }
}
