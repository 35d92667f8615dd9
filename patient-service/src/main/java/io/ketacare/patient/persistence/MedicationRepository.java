package io.ketacare.patient.persistence;

import io.ketacare.patient.domain.record.Medication;
import io.ketacare.patient.domain.record.MedicationStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MedicationRepository implements PanacheRepositoryBase<Medication, UUID> {

    private static final Sort ORDER = Sort.by("createdAt").and("id");

    public Optional<Medication> findOf(UUID patientId, UUID medicationId) {
        return find("id = ?1 and patientId = ?2", medicationId, patientId).firstResultOptional();
    }

    public PanacheQuery<Medication> ofPatient(UUID patientId, MedicationStatus status) {
        return status == null
                ? find("patientId", ORDER, patientId)
                : find("patientId = ?1 and status = ?2", ORDER, patientId, status);
    }

    public List<Medication> allOf(UUID patientId) {
        return find("patientId", ORDER, patientId).list();
    }

    public List<Medication> changedSince(UUID patientId, Instant since) {
        return find("patientId = ?1 and updatedAt > ?2", ORDER, patientId, since).list();
    }
}
