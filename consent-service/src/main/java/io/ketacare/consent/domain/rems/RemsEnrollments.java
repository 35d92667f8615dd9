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
        if (isEnrolled(patientId)) {
            throw ProblemException.conflict("rems-already-enrolled", "Already enrolled in REMS",
                    "Patient " + patientId + " is already enrolled in the esketamine REMS");
        }
        RemsEnrollment enrollment = RemsEnrollment.enroll(patientId, patientSignerName, prescriber, attestation, clock.instant());
        repository.persist(enrollment);
        return enrollment;
    }

    /** Withdraws the current enrollment at once: intranasal treatment is no longer authorized. */
    @Transactional
    public RemsEnrollment withdraw(UUID patientId, String reason, String by) {
        RemsEnrollment enrollment = get(patientId);
        enrollment.withdraw(reason, by, clock.instant());
        return enrollment;
    }

    /** The latest enrollment, current or withdrawn. */
    public RemsEnrollment get(UUID patientId) {
        return repository.latestOf(patientId).orElseThrow(() -> ProblemException.notFound("REMS enrollment of patient " + patientId));
    }

    public boolean isEnrolled(UUID patientId) {
        return repository.latestOf(patientId).filter(RemsEnrollment::isCurrent).isPresent();
    }
}
