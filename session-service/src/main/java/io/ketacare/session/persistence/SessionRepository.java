package io.ketacare.session.persistence;

import io.ketacare.session.domain.session.Overlap;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.Slot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    /** Live bookings (not cancelled, not no-show) overlapping the slot on its room or its patient, but the one excepted. */
    @SuppressWarnings("unchecked")
    public List<Overlap> overlapping(Slot slot, UUID except) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT id, room_id, patient_id, starts_at, ends_at FROM session
                WHERE status NOT IN ('CANCELLED', 'NO_SHOW') AND (room_id = ?1 OR patient_id = ?2)
                  AND period && tstzrange(?3, ?4, '[)') AND id <> ?5
                ORDER BY starts_at""")
                .setParameter(1, slot.roomId()).setParameter(2, slot.patientId())
                .setParameter(3, Timestamp.from(slot.start())).setParameter(4, Timestamp.from(slot.end()))
                .setParameter(5, except == null ? new UUID(0, 0) : except)
                .getResultList();
        return rows.stream().map(r -> new Overlap((UUID) r[0], (UUID) r[1], (UUID) r[2],
                toInstant(r[3]), toInstant(r[4]))).toList();
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /**
     * Serializes bookings that touch the same room or the same patient until the end of the
     * transaction; always room before patient, so two bookings never wait on each other in a cycle.
     */
    public void lockCalendars(UUID roomId, UUID patientId) {
        getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(1, ?1), pg_advisory_xact_lock(2, ?2)) locked")
                .setParameter(1, roomId.hashCode()).setParameter(2, patientId.hashCode()).getSingleResult();
    }

    /** The session, locked for the rest of the transaction: concurrent actions on one session run one after the other. */
    public Optional<Session> lock(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Session.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The session, share-locked for the rest of the transaction: any number of recordings run side by side, while
     * a state change ({@link #lock}) waits for them, and they for it.
     */
    public Optional<Session> share(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Session.class, id, LockModeType.PESSIMISTIC_READ));
    }

    /** Serializes, until the end of the transaction, the readings of one session that the repeat-alert rule pairs. */
    public void lockRepeatCheck(UUID sessionId) {
        getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(3, ?1)) locked")
                .setParameter(1, sessionId.hashCode()).getSingleResult();
    }
}
