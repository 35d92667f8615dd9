package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Timestamps;
import io.ketacare.patient.persistence.ScreeningRepository;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Medical screening against the current protocol version, and the clinician's review of it. */
@ApplicationScoped
public class Screenings {

    private static final Logger LOG = Logger.getLogger(Screenings.class);

    @Inject
    ScreeningRepository repository;

    @Inject
    Protocols protocols;

    @Inject
    ClinicalRecordReader record;

    @Inject
    Patients patients;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Screening screen(UUID patientId, Vitals vitals, ScreeningAnswers answers) {
        patients.get(patientId);
        Instant now = Timestamps.now(clock);
        Protocol protocol = protocols.current(now);
        ClinicalRecordReader.Reading reading = record.read(patientId);
        Evaluation evaluation = EligibilityEngine.evaluate(protocol, new ScreeningInput(vitals, answers, reading.facts(), today(now)));
        Screening screening = Screening.record(patientId, protocol.version(), vitals, answers, reading.cssrsAssessmentId(),
                evaluation, caller.userName(), now);
        repository.persistAndFlush(screening);
        LOG.infof("Screened patient %s under protocol %d: %s", patientId, protocol.version(), evaluation.outcome());
        return screening;
    }

    /** Re-checks the screening's vitals and answers against the record as it is now, and what changed since, before recording the review. */
    @Transactional
    public Screening review(UUID patientId, UUID screeningId, ReviewDecision decision, String reason) {
        Screening screening = get(patientId, screeningId);
        Instant now = Timestamps.now(clock);
        Protocol protocol = protocols.version(screening.protocolVersion);
        Evaluation current = EligibilityEngine.evaluate(protocol,
                new ScreeningInput(screening.vitals(), screening.answers(), record.read(patientId).facts(), today(now)));
        ReviewPolicy.requireAllowed(screening, decision, current, record.changesSince(patientId, screening.screenedAt));
        screening.review(decision, reason, caller.userName(), now);
        repository.flush();
        return screening;
    }

    @Transactional
    public Screening get(UUID patientId, UUID screeningId) {
        patients.get(patientId);
        return repository.findOf(patientId, screeningId).orElseThrow(() -> ProblemException.notFound("Screening " + screeningId));
    }

    @Transactional
    public Page<Screening> list(UUID patientId, PageParams paging) {
        patients.get(patientId);
        PanacheQuery<Screening> query = repository.ofPatient(patientId).page(paging.page(), paging.size());
        return Page.of(query.list(), paging, query.count());
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }
}
