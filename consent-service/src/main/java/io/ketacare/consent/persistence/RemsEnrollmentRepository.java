package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.rems.RemsEnrollment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RemsEnrollmentRepository implements PanacheRepositoryBase<RemsEnrollment, UUID> {

    /** The patient's latest enrollment, current or withdrawn. */
    public Optional<RemsEnrollment> latestOf(UUID patientId) {
        return find("patientId", io.quarkus.panache.common.Sort.descending("enrolledAt").and("id"), patientId).firstResultOptional();
    }
}
