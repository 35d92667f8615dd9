package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.plan.TreatmentPlan;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.consent.domain.plan.PlanStatus;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TreatmentPlanRepository implements PanacheRepositoryBase<TreatmentPlan, UUID> {

    /** The most recently activated ACTIVE plan of a patient for a route. */
    public Optional<TreatmentPlan> activeFor(UUID patientId, Route route) {
        return latestFor(patientId, route, PlanStatus.ACTIVE);
    }

    public Optional<TreatmentPlan> latestFor(UUID patientId, Route route, PlanStatus status) {
        return find("patientId = ?1 and route = ?2 and status = ?3", Sort.descending("activatedAt").and("id"), patientId, route, status)
                .firstResultOptional();
    }

    /** A patient's plans, newest drafted first; only those in {@code status} when it is given. */
    public PanacheQuery<TreatmentPlan> ofPatient(UUID patientId, PlanStatus status) {
        Sort newestFirst = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        return status == null
                ? find("patientId = ?1", newestFirst, patientId)
                : find("patientId = ?1 and status = ?2", newestFirst, patientId, status);
    }
}
