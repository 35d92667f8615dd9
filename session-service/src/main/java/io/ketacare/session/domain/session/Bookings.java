package io.ketacare.session.domain.session;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.problem.Violation;
import io.ketacare.session.client.ConsentService;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.persistence.RoomRepository;
import io.ketacare.session.persistence.SessionEventRepository;
import io.ketacare.session.persistence.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Booking sessions. Concurrent bookings of one room or one patient take the same transaction
 * lock, so the second sees the first and gets a 409 naming the session it conflicts with;
 * PostgreSQL's exclusion constraints stay the guarantee against double booking whatever path
 * writes. A series is booked in one transaction: all or nothing, every conflict reported. The plan is asked of
 * consent-service first (unreachable: 503, never a pass): it must exist, be the patient's, be on the booked route and not
 * have ended.
 */
@ApplicationScoped
public class Bookings {

    static final String EXCLUSION_VIOLATION = "23P01";

    @Inject
    SessionProtocols protocols;

    @Inject
    RoomRepository rooms;

    @Inject
    SessionRepository sessions;

    @Inject
    SessionEventRepository history;

    @Inject
    Clock clock;

    @Inject
    Bookings self;

    @Inject
    ConsentService consent;

    public Session book(Slot slot, String by) {
        return guarded(List.of(slot), false, by).get(0);
    }

    public List<Session> bookSeries(List<Slot> slots, String by) {
        return guarded(slots, true, by);
    }

    /** Bad input and this service's own rules first, then the plan from consent-service (outside the transaction), then the booking. */
    private List<Session> guarded(List<Slot> slots, boolean series, String by) {
        requireKnownRoom(slots.get(0).roomId());
        requireLongEnough(slots, protocols.current());
        if (series) {
            requireNoOverlapWithinSeries(slots);
        }
        requirePlanMatches(slots.get(0));
        try {
            return self.bookAll(slots, series, by);
        } catch (RuntimeException e) {
            if (!isExclusionViolation(e)) {
                throw e;
            }
            List<Criterion> raced = self.conflictsNow(slots, series);
            throw new BookingConflict(raced.isEmpty()
                    ? List.of(new Criterion("ALREADY_BOOKED", "The room or the patient was booked by a concurrent request; read the calendar and retry"))
                    : raced);
        }
    }

    @Transactional
    List<Session> bookAll(List<Slot> slots, boolean series, String by) {
        SessionProtocol protocol = protocols.current();
        Slot first = slots.get(0);
        requireKnownRoom(first.roomId());
        requireLongEnough(slots, protocol);
        if (series) {
            requireNoOverlapWithinSeries(slots);
        }
        sessions.lockCalendars(first.roomId(), first.patientId());
        List<Criterion> conflicts = conflicts(slots, series);
        if (!conflicts.isEmpty()) {
            throw new BookingConflict(conflicts);
        }
        UUID seriesId = series ? UUID.randomUUID() : null;
        Instant at = clock.instant();
        List<Session> booked = slots.stream().map(slot -> Session.book(slot, seriesId, protocol.version, by, at)).toList();
        for (Session s : booked) {
            sessions.persist(s);
        }
        sessions.flush();
        for (Session s : booked) {
            history.persist(SessionEvent.of(s, series ? "BOOKED_IN_SERIES" : "BOOKED", null, by, at));
        }
        return booked;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Criterion> conflictsNow(List<Slot> slots, boolean series) {
        return conflicts(slots, series);
    }

    private void requirePlanMatches(Slot slot) {
        List<Criterion> failed = BookingPlanGate.check(slot, consent.plan(slot.planId()));
        if (!failed.isEmpty()) {
            throw ProblemException.ruleRefused("booking-plan-mismatch", "Booking does not match the treatment plan", failed);
        }
    }

    private void requireKnownRoom(UUID roomId) {
        if (rooms.findByIdOptional(roomId).isEmpty()) {
            throw ProblemException.invalid("roomId", "no room " + roomId + " is registered");
        }
    }

    static void requireLongEnough(List<Slot> slots, SessionProtocol protocol) {
        Slot first = slots.get(0);
        int minimum = protocol.minimumBookingMinutes(first.route());
        if (first.durationMinutes() < minimum) {
            var rule = protocol.rule(first.route());
            throw ProblemException.ruleRefused("session-too-short", "Session too short for the route", List.of(new Criterion(
                    "DURATION_BELOW_DOSING_AND_OBSERVATION",
                    first.durationMinutes() + " min is shorter than the " + minimum + " min " + first.route() + " needs ("
                            + rule.dosingMinutes + " min dosing + " + rule.minimumObservationMinutes
                            + " min minimum observation, session protocol v" + protocol.version + "); book at least " + minimum + " min")));
        }
    }

    private static void requireNoOverlapWithinSeries(List<Slot> slots) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (slots.get(i).start().isBefore(slots.get(j).end()) && slots.get(j).start().isBefore(slots.get(i).end())) {
                    violations.add(new Violation("starts[" + i + "]", "overlaps starts[" + j + "] of the same series"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /** Every live booking that overlaps any slot, on its room or its patient. */
    List<Criterion> conflicts(List<Slot> slots, boolean series) {
        List<Criterion> found = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            found.addAll(describe(slot, sessions.overlapping(slot, null), series ? "slot starts[" + i + "] at " + slot.start()
                    : "the slot at " + slot.start()));
        }
        return found;
    }

    /** Conflicts of a slot with every live booking but the session being moved. */
    List<Criterion> conflictsExcept(Slot slot, UUID sessionId) {
        return describe(slot, sessions.overlapping(slot, sessionId), slot.start().toString());
    }

    private static List<Criterion> describe(Slot slot, List<Overlap> overlaps, String where) {
        return overlaps.stream().map(o -> {
            boolean sameRoom = o.roomId().equals(slot.roomId());
            return new Criterion(sameRoom ? "ROOM_ALREADY_BOOKED" : "PATIENT_ALREADY_BOOKED",
                    (sameRoom ? "Room " + slot.roomId() : "Patient " + slot.patientId()) + " is already booked for " + where
                            + " by session " + o.sessionId() + " (" + o.start() + " to " + o.end() + ")");
        }).toList();
    }

    static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && EXCLUSION_VIOLATION.equals(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
