package io.ketacare.session.domain.session;

import static io.ketacare.session.domain.session.SessionStatus.ABORTED;
import static io.ketacare.session.domain.session.SessionStatus.CANCELLED;
import static io.ketacare.session.domain.session.SessionStatus.CHECKED_IN;
import static io.ketacare.session.domain.session.SessionStatus.DISCHARGED;
import static io.ketacare.session.domain.session.SessionStatus.DOSING;
import static io.ketacare.session.domain.session.SessionStatus.MONITORING;
import static io.ketacare.session.domain.session.SessionStatus.NO_SHOW;
import static io.ketacare.session.domain.session.SessionStatus.READY_TO_DOSE;
import static io.ketacare.session.domain.session.SessionStatus.SCHEDULED;

import io.ketacare.platform.problem.ProblemException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The session state machine: SCHEDULED → CHECKED_IN → READY_TO_DOSE → DOSING → MONITORING →
 * DISCHARGED; a scheduled session can be cancelled or marked no-show, a started one aborted.
 * Any other transition is a 409 naming the current state and the allowed ones.
 */
public final class SessionTransitions {

    private static final Map<SessionStatus, Set<SessionStatus>> ALLOWED = new EnumMap<>(SessionStatus.class);

    static {
        ALLOWED.put(SCHEDULED, EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW));
        ALLOWED.put(CHECKED_IN, EnumSet.of(READY_TO_DOSE, ABORTED));
        ALLOWED.put(READY_TO_DOSE, EnumSet.of(DOSING, ABORTED));
        ALLOWED.put(DOSING, EnumSet.of(MONITORING, ABORTED));
        ALLOWED.put(MONITORING, EnumSet.of(DISCHARGED, ABORTED));
        for (SessionStatus end : EnumSet.of(DISCHARGED, CANCELLED, NO_SHOW, ABORTED)) {
            ALLOWED.put(end, EnumSet.noneOf(SessionStatus.class));
        }
    }

    private SessionTransitions() {
    }

    public static Set<SessionStatus> allowedFrom(SessionStatus current) {
        return ALLOWED.get(current);
    }

    public static boolean isAllowed(SessionStatus from, SessionStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** 409 unless the session may go from its current state to the next. */
    public static void require(SessionStatus from, SessionStatus to) {
        if (!isAllowed(from, to)) {
            throw illegal(from, "move to " + to);
        }
    }

    /** 409 unless the session is in the given state (for actions that keep the state, e.g. recording vitals). */
    public static void requireState(SessionStatus current, Set<SessionStatus> expected, String action) {
        if (!expected.contains(current)) {
            throw ProblemException.conflict("illegal-session-transition", "Illegal session transition",
                    "Cannot " + action + " a session that is " + current + "; this is possible only when it is "
                            + expected.stream().map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }

    static ProblemException illegal(SessionStatus from, String action) {
        Set<SessionStatus> allowed = ALLOWED.get(from);
        String next = allowed.isEmpty() ? "none (it has ended)"
                : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        return ProblemException.conflict("illegal-session-transition", "Illegal session transition",
                "Cannot " + action + " a session that is " + from + "; allowed next states: " + next);
    }
}
