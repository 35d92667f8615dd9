package io.ketacare.session.domain.feed;

import io.ketacare.session.client.FeedPage;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionEvent;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.persistence.SessionEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Applies consent-service's change feed: when a consent is withdrawn or expires, the patient's
 * future scheduled sessions are flagged AUTHORIZATION_LOST; when a plan is paused, cancelled or
 * completed, the future scheduled sessions under that plan are. Events at or below the stored
 * position are skipped, so applying a page twice changes nothing. Check-in asks consent-service
 * anyway, so the flag warns early and never lets anything through.
 */
@ApplicationScoped
public class AuthorizationLapses {

    public static final String CONSENT_FEED = "consent-service";
    static final Set<String> CONSENT_LAPSES = Set.of("CONSENT_WITHDRAWN", "CONSENT_EXPIRED");
    static final Set<String> PLAN_LAPSES = Set.of("PLAN_PAUSED", "PLAN_CANCELLED", "PLAN_COMPLETED");

    @Inject
    EntityManager em;

    @Inject
    SessionEventRepository history;

    @Inject
    Clock clock;

    @Transactional
    public long position() {
        FeedCursor cursor = em.find(FeedCursor.class, CONSENT_FEED);
        return cursor == null ? 0 : cursor.position;
    }

    /** Applies the events after the stored position and moves the position; returns how many sessions were flagged. */
    @Transactional
    public int apply(List<FeedPage.Event> events) {
        FeedCursor cursor = lockedCursor();
        Instant now = clock.instant();
        int flagged = 0;
        for (FeedPage.Event e : events) {
            if (e.sequence() <= cursor.position) {
                continue;
            }
            flagged += lapse(e, now);
            cursor.position = e.sequence();
        }
        cursor.updatedAt = now;
        return flagged;
    }

    private int lapse(FeedPage.Event e, Instant now) {
        List<Session> affected;
        if (CONSENT_LAPSES.contains(e.type())) {
            affected = em.createQuery("from Session s where s.patientId = ?1 and s.status = ?2 and s.start > ?3", Session.class)
                    .setParameter(1, e.patientId()).setParameter(2, SessionStatus.SCHEDULED).setParameter(3, now)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        } else if (PLAN_LAPSES.contains(e.type())) {
            affected = em.createQuery("from Session s where s.planId = ?1 and s.status = ?2 and s.start > ?3", Session.class)
                    .setParameter(1, e.aggregateId()).setParameter(2, SessionStatus.SCHEDULED).setParameter(3, now)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        } else {
            return 0;
        }
        int flagged = 0;
        for (Session s : affected) {
            if (s.loseAuthorization(e.type())) {
                history.persist(SessionEvent.of(s, "AUTHORIZATION_LOST", e.type() + " (" + e.aggregateType() + " " + e.aggregateId() + ")",
                        "consent-service", now));
                flagged++;
            }
        }
        return flagged;
    }

    private FeedCursor lockedCursor() {
        FeedCursor cursor = em.find(FeedCursor.class, CONSENT_FEED, LockModeType.PESSIMISTIC_WRITE);
        if (cursor == null) {
            em.createNativeQuery("INSERT INTO feed_cursor (feed, position, updated_at) VALUES (?1, 0, now()) ON CONFLICT DO NOTHING")
                    .setParameter(1, CONSENT_FEED).executeUpdate();
            cursor = em.find(FeedCursor.class, CONSENT_FEED, LockModeType.PESSIMISTIC_WRITE);
        }
        return cursor;
    }
}
