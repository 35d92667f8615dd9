package io.ketacare.consent.domain.outbox;

import io.ketacare.consent.domain.consent.Consent;
import io.ketacare.consent.domain.plan.TreatmentPlan;
import io.ketacare.consent.persistence.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Records state changes in the caller's transaction and serves them as an ordered, resumable feed. */
@ApplicationScoped
public class Outbox {

    /** Advisory lock key of the outbox (any constant unique within this database). */
    private static final long OUTBOX_LOCK = 7_400_001L;

    @Inject
    OutboxRepository events;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void consent(Consent c, String type) {
        inCommitOrder();
        events.persist(OutboxEvent.of("CONSENT", c.id, c.patientId, type, c.status.name(), c.documentVersion.number, clock.instant()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void plan(TreatmentPlan p, String type) {
        inCommitOrder();
        events.persist(OutboxEvent.of("TREATMENT_PLAN", p.id, p.patientId, type, p.status.name(), p.planVersion, clock.instant()));
    }

    /**
     * Takes the outbox lock until this transaction ends, so that sequence numbers are handed out in commit order:
     * a reader that has seen sequence N never later finds a smaller one committed behind it.
     */
    private void inCommitOrder() {
        events.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(" + OUTBOX_LOCK + ")").getSingleResult();
    }

    public List<OutboxEvent> after(long sequence, int limit) {
        return events.after(sequence, limit);
    }
}
