package io.ketacare.session.domain.predose;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionEvent;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.SessionTransitions;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.persistence.SessionEventRepository;
import io.ketacare.session.persistence.SessionRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Runs the pre-dose gate under the session's protocol version; when it passes, the session is READY_TO_DOSE. */
@ApplicationScoped
public class PreDoseChecks {

    @Inject
    Sessions sessions;

    @Inject
    SessionProtocols protocols;

    @Inject
    SessionRecords records;

    @Inject
    SessionEventRepository history;

    @Inject
    Clock clock;

    @Transactional
    public Session check(UUID sessionId, PreDoseCheck check, PreDoseInput input) {
        Session s = sessions.lock(sessionId);
        SessionTransitions.require(s.status, SessionStatus.READY_TO_DOSE);
        SessionProtocol protocol = protocols.version(s.protocolVersion);
        Instant now = clock.instant();
        List<Criterion> failed = PreDoseGate.check(input, protocol, protocol.rule(s.route), now);
        if (!failed.isEmpty()) {
            throw ProblemException.ruleRefused("pre-dose-check-failed", "Pre-dose check failed", failed);
        }
        check.sessionId = s.id;
        check.checkedAt = now;
        records.persist(check);
        s.moveTo(SessionStatus.READY_TO_DOSE);
        history.persist(SessionEvent.of(s, "PRE_DOSE_CHECK_PASSED", check.bloodPressureOverrideReason == null ? null
                : "blood-pressure override: " + check.bloodPressureOverrideReason, check.checkedBy, now));
        return s;
    }
}
