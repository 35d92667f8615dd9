package io.ketacare.session.domain.followup;

import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Booking and listing follow-up appointments. */
@ApplicationScoped
public class FollowUps {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public FollowUp book(FollowUp f, String by) {
        f.id = UUID.randomUUID();
        f.status = FollowUpStatus.SCHEDULED;
        f.bookedBy = by;
        f.createdAt = clock.instant();
        em.persist(f);
        return f;
    }

    public Page<FollowUp> ofPatient(UUID patientId, PageParams paging) {
        long total = em.createQuery("select count(f) from FollowUp f where f.patientId = ?1", Long.class).setParameter(1, patientId)
                .getSingleResult();
        var items = em.createQuery("from FollowUp f where f.patientId = ?1 order by f.scheduledAt, f.id", FollowUp.class)
                .setParameter(1, patientId).setFirstResult((int) paging.offset()).setMaxResults(paging.size()).getResultList();
        return Page.of(items, paging, total);
    }
}
