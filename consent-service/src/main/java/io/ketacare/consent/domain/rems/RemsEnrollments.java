package io.ketacare.consent.domain.rems;

import io.ketacare.consent.persistence.RemsEnrollmentRepository;
import io.ketacare.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Recording and reading esketamine REMS enrollments. */
@ApplicationScoped
public class RemsEnrollments {

    @Inject
    RemsEnrollmentRepository repository;

    @Inject
    Clock clock;

    @Transactional
    public RemsEnrollment enroll(UUID patientId, String patientSignerName, String prescriber, String attestation) {
        if (find(patientId).isPresent()) {
            throw ProblemException.conflict("rems-already-enrolled", "Already enrolled in REMS",
                    "Patient " + patientId + " is already enrolled in the esketamine REMS");
        }
        RemsEnrollment enrollment = RemsEnrollment.enroll(patientId, patientSignerName, prescriber, attestation, clock.instant());
        repository.persist(enrollment);
        return enrollment;
    }

    public Optional<RemsEnrollment> find(UUID patientId) {
        return repository.ofPatient(patientId);
    }

    public RemsEnrollment get(UUID patientId) {
        return find(patientId).orElseThrow(() -> ProblemException.notFound("REMS enrollment of patient " + patientId));
    }

    public boolean isEnrolled(UUID patientId) {
        return find(patientId).isPresent();
    }
}
