package io.ketacare.session.domain.checkin;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.session.client.AuthorizationAnswer;
import io.ketacare.session.client.ConsentService;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionEvent;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.SessionTransitions;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.persistence.SessionEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Check-in asks consent-service, at that moment, whether the patient may be treated by the
 * session's route under the session's plan: not authorized is a 422 with its reasons, no answer a
 * 503. The same question is asked again before the dose.
 */
@ApplicationScoped
public class CheckIn {

    @Inject
    Sessions sessions;

    @Inject
    ConsentService consent;

    @Inject
    SessionEventRepository history;

    @Inject
    Clock clock;

    @Inject
    CheckIn self;

    public Session checkIn(UUID sessionId, String by) {
        Session s = sessions.get(sessionId);
        SessionTransitions.require(s.status, SessionStatus.CHECKED_IN);
        AuthorizationAnswer answer = authorize(s);
        return self.record(sessionId, answer, by);
    }

    /** The authorization for the session now: 422 unless authorized for its plan, 503 without an answer. */
    public AuthorizationAnswer authorize(Session s) {
        AuthorizationAnswer answer = consent.authorization(s.patientId, s.route);
        if (!answer.authorized()) {
            List<Criterion> reasons = answer.reasonsOrEmpty().stream().map(r -> new Criterion(r.code(), r.message())).toList();
            throw ProblemException.ruleRefused("treatment-not-authorized", "Treatment not authorized",
                    reasons.isEmpty() ? List.of(new Criterion("NOT_AUTHORIZED", "consent-service did not authorize the treatment")) : reasons);
        }
        if (!s.planId.equals(answer.planId())) {
            throw ProblemException.ruleRefused("treatment-not-authorized", "Treatment not authorized", List.of(new Criterion(
                    "PLAN_NOT_ACTIVE_FOR_SESSION", "the session was booked under plan " + s.planId + ", but the patient's active "
                            + s.route + " plan is " + answer.planId() + "; rebook under the active plan")));
        }
        return answer;
    }

    @Transactional
    Session record(UUID sessionId, AuthorizationAnswer answer, String by) {
        Session s = sessions.lock(sessionId);
        s.checkIn(answer.consentId(), answer.planVersion(), by, clock.instant());
        history.persist(SessionEvent.of(s, "CHECKED_IN", "authorized under plan version " + answer.planVersion() + ", consent "
                + answer.consentId(), by, clock.instant()));
        return s;
    }
}
