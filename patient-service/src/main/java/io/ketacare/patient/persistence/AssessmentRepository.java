package io.ketacare.patient.persistence;

import io.ketacare.patient.domain.assessment.Assessment;
import io.ketacare.patient.domain.assessment.Instrument;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public Optional<Assessment> findOf(UUID patientId, UUID assessmentId) {
        return find("id = ?1 and patientId = ?2", assessmentId, patientId).firstResultOptional();
    }

    public List<Assessment> allOf(UUID patientId) {
        return find("patientId", Sort.by("administeredAt").and("recordedAt").and("id"), patientId).list();
    }

    public Optional<Assessment> latest(UUID patientId, Instrument instrument) {
        return find("patientId = ?1 and instrument = ?2", Sort.descending("administeredAt", "recordedAt", "id"), patientId, instrument)
                .firstResultOptional();
    }

    public List<Assessment> recordedSince(UUID patientId, Instrument instrument, Instant since) {
        return find("patientId = ?1 and instrument = ?2 and recordedAt > ?3", Sort.by("recordedAt"), patientId, instrument, since).list();
    }
}
