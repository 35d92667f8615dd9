package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.consent.Consent;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public PanacheQuery<Consent> ofPatient(UUID patientId) {
        return find("patientId", Sort.descending("presentedAt").and("id"), patientId);
    }
}
