package io.ketacare.patient.persistence;

import io.ketacare.patient.domain.record.Condition;
import io.ketacare.patient.domain.record.ConditionStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConditionRepository implements PanacheRepositoryBase<Condition, UUID> {

    private static final Sort ORDER = Sort.by("createdAt").and("id");

    public Optional<Condition> findOf(UUID patientId, UUID conditionId) {
        return find("id = ?1 and patientId = ?2", conditionId, patientId).firstResultOptional();
    }

    public PanacheQuery<Condition> ofPatient(UUID patientId, ConditionStatus status) {
        return status == null
                ? find("patientId", ORDER, patientId)
                : find("patientId = ?1 and status = ?2", ORDER, patientId, status);
    }

    public List<Condition> allOf(UUID patientId) {
        return find("patientId", ORDER, patientId).list();
    }

    public List<Condition> changedSince(UUID patientId, Instant since) {
        return find("patientId = ?1 and updatedAt > ?2", ORDER, patientId, since).list();
    }
}
