package io.ketacare.session.domain.session;

import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.persistence.RoomRepository;
import io.ketacare.session.persistence.SessionEventRepository;
import io.ketacare.session.persistence.SessionRecords;
import io.ketacare.session.persistence.SessionRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading the calendar, rescheduling, and ending sessions (cancellation, no-show, abort). */
@ApplicationScoped
public class Sessions {

    @Inject
    SessionRepository sessions;

    @Inject
    SessionEventRepository history;

    @Inject
    RoomRepository rooms;

    @Inject
    SessionProtocols protocols;

    @Inject
    Bookings bookings;

    @Inject
    SessionRecords records;

    @Inject
    Clock clock;

    public Session get(UUID id) {
        return sessions.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** The session locked for a state change within the caller's transaction. */
    public Session lock(UUID id) {
        return sessions.lock(id).orElseThrow(() -> notFound(id));
    }

    /** The session share-locked within the caller's transaction: recordings run side by side, never beside a state change. */
    public Session share(UUID id) {
        return sessions.share(id).orElseThrow(() -> notFound(id));
    }

    /** Until the end of the caller's transaction, no other reading of this session is paired by the repeat-alert rule. */
    public void lockRepeatCheck(UUID id) {
        sessions.lockRepeatCheck(id);
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Session " + id);
    }

    public Page<Session> calendar(UUID patientId, UUID roomId, UUID planId, UUID seriesId, Instant from, Instant to, PageParams paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (patientId != null) {
            where.add("patientId = :patient");
            params.and("patient", patientId);
        }
        if (roomId != null) {
            where.add("roomId = :room");
            params.and("room", roomId);
        }
        if (planId != null) {
            where.add("planId = :plan");
            params.and("plan", planId);
        }
        if (seriesId != null) {
            where.add("seriesId = :series");
            params.and("series", seriesId);
        }
        if (from != null) {
            where.add("end > :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("start < :to");
            params.and("to", to);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by start, id";
        var found = sessions.find(query, params);
        return Page.of(found.page(paging.page(), paging.size()).list(), paging, found.count());
    }

    public List<SessionEvent> history(UUID id) {
        return history.ofSession(id);
    }

    /** Moves a scheduled session; the constraint still refuses overlaps, and the old period stays in the history. */
    public Session reschedule(UUID id, UUID roomId, Instant start, Integer minutes, String reason, String by) {
        try {
            return doReschedule(id, roomId, start, minutes, reason, by);
        } catch (RuntimeException e) {
            if (!Bookings.isExclusionViolation(e)) {
                throw e;
            }
            Session current = get(id);
            Slot slot = new Slot(current.patientId, current.planId, roomId == null ? current.roomId : roomId, current.route, start,
                    minutes == null ? current.durationMinutes : minutes);
            throw new BookingConflict(bookings.conflictsExcept(slot, id));
        }
    }

    @Transactional
    Session doReschedule(UUID id, UUID roomId, Instant start, Integer minutes, String reason, String by) {
        Session s = lock(id);
        UUID room = roomId == null ? s.roomId : roomId;
        if (rooms.findByIdOptional(room).isEmpty()) {
            throw ProblemException.invalid("roomId", "no room " + room + " is registered");
        }
        int duration = minutes == null ? s.durationMinutes : minutes;
        sessions.lockCalendars(room, s.patientId);
        Slot slot = new Slot(s.patientId, s.planId, room, s.route, start, duration);
        bookings.requireLongEnough(List.of(slot), protocols.current());
        var conflicts = bookings.conflictsExcept(slot, id);
        if (!conflicts.isEmpty()) {
            throw new BookingConflict(conflicts);
        }
        String from = "moved from " + s.start + " in room " + s.roomId + ": " + reason;
        s.reschedule(room, start, duration);
        sessions.flush();
        history.persist(SessionEvent.of(s, "RESCHEDULED", from, by, clock.instant()));
        return s;
    }

    /**
     * Cancels, marks no-show or aborts a session. Aborting a dosed session (DOSING or MONITORING) takes the place of
     * the discharge criteria: it needs a clinician and a disposition, else 422 listing both; the session keeps its
     * records (monitoring record, REMS form). A disposition on a cancellation or no-show is 400.
     */
    @Transactional
    public Session end(UUID id, SessionStatus how, String reason, Disposition disposition, boolean callerIsClinician, String by) {
        AbortGate.dispositionOnlyOnAbort(how, disposition).ifPresent(v -> {
            throw ProblemException.invalid(List.of(v));
        });
        Session s = lock(id);
        SessionTransitions.require(s.status, how);
        if (how == SessionStatus.ABORTED) {
            var unmet = AbortGate.check(s.status, records.dose(id).isPresent(), disposition, callerIsClinician);
            if (!unmet.isEmpty()) {
                throw ProblemException.ruleRefused("abort-needs-clinician-and-disposition", "Aborting a dosed session needs a clinician and a disposition",
                        unmet);
            }
        }
        Instant now = clock.instant();
        s.end(how, reason, disposition, by, now);
        history.persist(SessionEvent.of(s, how.name(), disposition == null ? reason : reason + " (disposition " + disposition + ")", by, now));
        return s;
    }

}
