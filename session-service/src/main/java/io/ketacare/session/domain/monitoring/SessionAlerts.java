package io.ketacare.session.domain.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The one writer of a session's alerts: those a reading or a score raises, and those about a due time point (missed
 * vitals, a session not closed in time), raised once each: the database keeps one alert per session, kind and time
 * point, whatever the number of sweeps or service instances.
 */
@ApplicationScoped
public class SessionAlerts {

    @Inject
    EntityManager em;

    /** Records the alert a reading (readingId) or a score (readingId null) raised, within the caller's transaction. */
    public SessionAlert raise(UUID sessionId, AlertRules.Raised raised, UUID readingId, Instant raisedAt) {
        SessionAlert alert = new SessionAlert();
        alert.id = UUID.randomUUID();
        alert.sessionId = sessionId;
        alert.kind = raised.kind();
        alert.message = raised.message();
        alert.readingId = readingId;
        alert.raisedAt = raisedAt;
        em.persist(alert);
        return alert;
    }

    /** Raises the alert within the caller's transaction unless it was raised before; 1 when raised now, else 0. */
    public int raiseOnce(UUID sessionId, AlertKind kind, Instant dueAt, String message, Instant raisedAt) {
        return em.createNativeQuery("INSERT INTO session_alert (id, session_id, kind, message, reading_id, due_at, raised_at)"
                        + " VALUES (?1, ?2, ?3, ?4, NULL, ?5, ?6) ON CONFLICT (session_id, kind, due_at) DO NOTHING")
                .setParameter(1, UUID.randomUUID()).setParameter(2, sessionId).setParameter(3, kind.name()).setParameter(4, message)
                .setParameter(5, Timestamp.from(dueAt)).setParameter(6, Timestamp.from(raisedAt)).executeUpdate();
    }
}
