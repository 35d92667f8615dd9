package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.consent.Consent;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /** Every consent of the patient, newest first, with its document version and that version's routes in the same query. */
    public List<Consent> withDocumentsOf(UUID patientId) {
        return getEntityManager().createQuery("select c from Consent c join fetch c.documentVersion v left join fetch v.routeSections"
                + " where c.patientId = ?1 order by c.presentedAt desc, c.id", Consent.class).setParameter(1, patientId).getResultList();
    }

    public PanacheQuery<Consent> ofPatient(UUID patientId) {
        return find("patientId", Sort.descending("presentedAt").and("id"), patientId);
    }
}
