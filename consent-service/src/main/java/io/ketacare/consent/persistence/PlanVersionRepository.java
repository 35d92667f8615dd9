package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.plan.PlanVersion;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PlanVersionRepository implements PanacheRepositoryBase<PlanVersion, UUID> {

    public PanacheQuery<PlanVersion> ofPlan(UUID planId) {
        return find("planId", Sort.by("planVersion"), planId);
    }

    public java.util.Optional<PlanVersion> find(UUID planId, int planVersion) {
        return find("planId = ?1 and planVersion = ?2", planId, planVersion).firstResultOptional();
    }
}
