package io.ketacare.patient.persistence;

import io.ketacare.patient.domain.screening.Screening;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<Screening, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("screenedAt", "id");

    public Optional<Screening> findOf(UUID patientId, UUID screeningId) {
        return find("id = ?1 and patientId = ?2", screeningId, patientId).firstResultOptional();
    }

    public PanacheQuery<Screening> ofPatient(UUID patientId) {
        return find("patientId", NEWEST_FIRST, patientId);
    }

    public Optional<Screening> latest(UUID patientId) {
        return ofPatient(patientId).firstResultOptional();
    }
}
