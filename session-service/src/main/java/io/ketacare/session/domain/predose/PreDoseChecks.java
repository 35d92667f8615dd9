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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * Records the check. A session that is READY_TO_DOSE may be checked again (its check expires); the new check is
     * added, never written over the earlier one. A failed check is kept as well and refused with every failed criterion.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Session check(UUID sessionId, PreDoseCheck check, PreDoseInput input, String weightConfirmationReason) {
        Session s = sessions.lock(sessionId);
        if (s.status != SessionStatus.READY_TO_DOSE) {
            SessionTransitions.require(s.status, SessionStatus.READY_TO_DOSE);
        }
        SessionProtocol protocol = protocols.version(s.protocolVersion);
        Instant now = clock.instant();
        BigDecimal previous = records.latestPreDoseCheckOfPatient(s.patientId).map(c -> c.weightKg).orElse(null);
        List<Criterion> failed = new ArrayList<>(PreDoseGate.check(input, protocol, protocol.rule(s.route), now));
        failed.addAll(PreDoseGate.weight(check.weightKg, previous, weightConfirmationReason, input.callerIsClinician(), protocol));
        check.sessionId = s.id;
        check.checkedAt = now;
        check.previousWeightKg = previous;
        if (!failed.isEmpty()) {
            // kept, so that a dose never follows an earlier passed check once a later one has failed
            check.passed = false;
            String codes = String.join(",", failed.stream().map(Criterion::code).distinct().toList());
            check.failedCriteria = codes.length() <= 1000 ? codes : codes.substring(0, 1000);
            records.persist(check);
            history.persist(SessionEvent.of(s, "PRE_DOSE_CHECK_FAILED", codes,
                    check.checkedBy, now));
            throw ProblemException.ruleRefused("pre-dose-check-failed", "Pre-dose check failed", failed);
        }
        if (PreDoseGate.weightChangeNeedsConfirmation(check.weightKg, previous, protocol)) {
            check.weightConfirmedBy = check.checkedBy;
            check.weightConfirmationReason = weightConfirmationReason.trim();
        }
        records.persist(check);
        boolean repeat = s.status == SessionStatus.READY_TO_DOSE;
        if (!repeat) {
            s.moveTo(SessionStatus.READY_TO_DOSE);
        }
        List<String> notes = new ArrayList<>();
        if (repeat) {
            notes.add("repeat check");
        }
        if (check.bloodPressureOverrideReason != null) {
            notes.add("blood-pressure override: " + check.bloodPressureOverrideReason);
        }
        if (check.weightConfirmationReason != null) {
            notes.add("weight " + check.weightKg.stripTrailingZeros().toPlainString() + " kg (last " + previous.stripTrailingZeros().toPlainString()
                    + " kg) confirmed: " + check.weightConfirmationReason);
        }
        String detail = notes.isEmpty() ? null : String.join("; ", notes);
        history.persist(SessionEvent.of(s, "PRE_DOSE_CHECK_PASSED", detail, check.checkedBy, now));
        return s;
    }
}
