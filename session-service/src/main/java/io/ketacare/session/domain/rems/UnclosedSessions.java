package io.ketacare.session.domain.rems;

import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.monitoring.AlertKind;
import io.ketacare.session.domain.monitoring.SessionAlerts;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finds intranasal sessions dosed but not discharged or aborted within the protocol's time after the dose start (default
 * 360 min) and raises a SESSION_NOT_CLOSED alert on each, once (the alert names the time point it is about).
 */
@ApplicationScoped
public class UnclosedSessions {

    @Inject
    EntityManager em;

    @Inject
    SessionProtocols protocols;

    @Inject
    SessionAlerts alerts;

    @Inject
    java.time.Clock clock;

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
            raised += alerts.raiseOnce(s.id, AlertKind.SESSION_NOT_CLOSED, due, "Dosed at " + dose.startedAt + " and still " + s.status
                    + " at " + now + ": a session must be discharged or aborted within " + protocol.remsSessionCloseMinutes
                    + " min of the dose start (session protocol v" + protocol.version + "), by " + due + "; close it and submit its REMS form",
                    now);
        }
        return raised;
    }
}
