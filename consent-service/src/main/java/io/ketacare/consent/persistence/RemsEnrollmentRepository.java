package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.rems.RemsEnrollment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RemsEnrollmentRepository implements PanacheRepositoryBase<RemsEnrollment, UUID> {

    public Optional<RemsEnrollment> ofPatient(UUID patientId) {
        return find("patientId", patientId).firstResultOptional();
    }
}
