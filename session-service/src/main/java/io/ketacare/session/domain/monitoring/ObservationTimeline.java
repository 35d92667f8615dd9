package io.ketacare.session.domain.monitoring;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.problem.Violation;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.timeline.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an observation of a session (a vitals reading, a score, an adverse event) may lie on the session's timeline:
 * never later than the server's time plus the clock-skew allowance (400 naming the field), never before the
 * session's check-in (422).
 */
public final class ObservationTimeline {

    /** One client-supplied time: the request field that carries it, what it is (for a nurse), and the time. */
    public record Observed(String field, String what, Instant at) {
    }

    private ObservationTimeline() {
    }

    /**
     * Refuses the observations when any lies in the future (400 naming every such field) or before the check-in
     * (422 listing every such observation with {@code criterion}).
     */
    public static void require(List<Observed> observed, Instant checkedInAt, String criterion, SessionProtocol p, Instant now) {
        List<Violation> future = new ArrayList<>();
        for (Observed o : observed) {
            Timeline.notInFuture(o.field(), o.at(), p, now).ifPresent(future::add);
        }
        if (!future.isEmpty()) {
            throw ProblemException.invalid(future);
        }
        List<Criterion> failed = beforeCheckIn(observed, checkedInAt, criterion);
        if (!failed.isEmpty()) {
            throw ProblemException.ruleRefused("recorded-before-check-in", "Recorded before the check-in", failed);
        }
    }

    /** One criterion for each observation measured before the check-in; none when the session was not checked in. */
    public static List<Criterion> beforeCheckIn(List<Observed> observed, Instant checkedInAt, String criterion) {
        List<Criterion> failed = new ArrayList<>();
        if (checkedInAt == null) {
            return failed;
        }
        for (Observed o : observed) {
            if (o.at() != null && o.at().isBefore(checkedInAt)) {
                failed.add(new Criterion(criterion, o.what() + " (" + o.field() + ") is dated " + o.at() + ", before the check-in at "
                        + checkedInAt + "; a session records only what happened from its check-in on: correct the time (at or after "
                        + checkedInAt + ") or chart it outside the session"));
            }
        }
        return failed;
    }
}
