package io.ketacare.patient.persistence;

import io.ketacare.patient.domain.record.TreatmentEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TreatmentHistoryRepository implements PanacheRepositoryBase<TreatmentEntry, UUID> {

    private static final Sort ORDER = Sort.by("createdAt").and("id");

    public Optional<TreatmentEntry> findOf(UUID patientId, UUID entryId) {
        return find("id = ?1 and patientId = ?2", entryId, patientId).firstResultOptional();
    }

    public PanacheQuery<TreatmentEntry> ofPatient(UUID patientId) {
        return find("patientId", ORDER, patientId);
    }

    public List<TreatmentEntry> allOf(UUID patientId) {
        return ofPatient(patientId).list();
    }
}
