package io.ketacare.session.domain.discharge;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.session.domain.dose.DoseAdministration;
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

/** Discharge: 422 with every unmet criterion until all hold, then DISCHARGED. */
@ApplicationScoped
public class Discharges {

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

    /** The nurse's or clinician's discharge checklist. */
    public record Checklist(boolean escortPresent, boolean instructionsAcknowledged, String dissociationAttestation, boolean callerIsClinician) {
    }

    @Transactional
    public Session discharge(UUID sessionId, Checklist checklist, String by) {
        Session s = sessions.lock(sessionId);
        SessionTransitions.require(s.status, SessionStatus.DISCHARGED);
        SessionProtocol protocol = protocols.version(s.protocolVersion);
        DoseAdministration dose = records.dose(sessionId).orElseThrow();
        Instant now = clock.instant();
        DischargeInput input = new DischargeInput(dose.endedAt, records.preDoseCheck(sessionId).orElseThrow(), records.vitals(sessionId),
                records.scores(sessionId), records.adverseEvents(sessionId), checklist.escortPresent(), checklist.instructionsAcknowledged(),
                checklist.dissociationAttestation(), checklist.callerIsClinician(), dose, protocol.chartingAllowance());
        List<Criterion> unmet = DischargeGate.check(input, protocol, protocol.rule(s.route), now);
        if (!unmet.isEmpty()) {
            throw ProblemException.ruleRefused("discharge-criteria-not-met", "Discharge criteria not met", unmet);
        }
        s.moveTo(SessionStatus.DISCHARGED);
        s.dischargedAt = now;
        s.dischargedBy = by;
        s.dissociationAttestation = checklist.dissociationAttestation();
        history.persist(SessionEvent.of(s, "DISCHARGED", null, by, now));
        return s;
    }
}
