package io.ketacare.patient.domain.assessment;

import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Timestamps;
import io.ketacare.patient.persistence.AssessmentRepository;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.problem.Violation;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Scored assessments: the server validates item answers, scores them and measures them against the baseline. */
@ApplicationScoped
public class Assessments {

    @Inject
    AssessmentRepository repository;

    @Inject
    Patients patients;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public AssessmentView submit(UUID patientId, AssessmentSubmission submission) {
        patients.get(patientId);
        Instrument instrument = Instrument.parse(submission.instrument()).orElseThrow(() -> ProblemException.invalid("instrument",
                "unknown instrument " + submission.instrument() + "; one of " + Arrays.toString(Instrument.values())));
        InstrumentDefinition definition = instrument.definition();
        if (caller.isPatientOnly() && !definition.selfReport()) {
            throw new ForbiddenException(instrument + " is clinician-administered; a patient may submit PHQ9, GAD7 and PCL5");
        }
        List<Violation> violations = new ArrayList<>(definition.violations(submission.items()));
        Instant now = Timestamps.now(clock);
        if (submission.administeredAt() != null && submission.administeredAt().isAfter(now)) {
            violations.add(new Violation("administeredAt", "must not be in the future"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Instant administeredAt = submission.administeredAt() == null ? now : Timestamps.truncate(submission.administeredAt());
        Assessment assessment = Assessment.scored(patientId, definition, submission.items(), definition.score(submission.items()),
                administeredAt, caller.userName(), caller.primaryRole(), now);
        repository.persistAndFlush(assessment);
        return viewOf(patientId, assessment.id);
    }

    @Transactional
    public AssessmentView get(UUID patientId, UUID assessmentId) {
        patients.get(patientId);
        repository.findOf(patientId, assessmentId).orElseThrow(() -> ProblemException.notFound("Assessment " + assessmentId));
        return viewOf(patientId, assessmentId);
    }

    /** Newest first, optionally of one instrument. */
    @Transactional
    public Page<AssessmentView> history(UUID patientId, Instrument instrument, PageParams paging) {
        patients.get(patientId);
        List<AssessmentView> all = AssessmentHistory.of(repository.allOf(patientId)).stream()
                .filter(v -> instrument == null || v.assessment().instrument == instrument).toList();
        int from = (int) Math.min(all.size(), paging.offset());
        return Page.of(all.subList(from, Math.min(all.size(), from + paging.size())), paging, all.size());
    }

    /** The latest C-SSRS screen, the one screening reads. */
    public Optional<Assessment> latestCssrs(UUID patientId) {
        return repository.latest(patientId, Instrument.CSSRS_SCREEN);
    }

    private AssessmentView viewOf(UUID patientId, UUID assessmentId) {
        return AssessmentHistory.of(repository.allOf(patientId)).stream()
                .filter(v -> v.assessment().id.equals(assessmentId)).findFirst().orElseThrow();
    }
}
