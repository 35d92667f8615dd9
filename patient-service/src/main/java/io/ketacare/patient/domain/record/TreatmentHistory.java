package io.ketacare.patient.domain.record;

import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Timestamps;
import io.ketacare.patient.persistence.TreatmentHistoryRepository;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** A patient's prior treatments: antidepressant trials with adequacy, psychotherapy, ECT, TMS. */
@ApplicationScoped
public class TreatmentHistory {

    @Inject
    TreatmentHistoryRepository repository;

    @Inject
    Patients patients;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public TreatmentEntry record(UUID patientId, TreatmentData data) {
        patients.get(patientId);
        if (!data.violations().isEmpty()) {
            throw ProblemException.invalid(data.violations());
        }
        TreatmentEntry entry = TreatmentEntry.record(patientId, data, caller.userName(), Timestamps.now(clock));
        repository.persistAndFlush(entry);
        return entry;
    }

    @Transactional
    public TreatmentEntry get(UUID patientId, UUID entryId) {
        patients.get(patientId);
        return repository.findOf(patientId, entryId)
                .orElseThrow(() -> ProblemException.notFound("Treatment history entry " + entryId));
    }

    @Transactional
    public Page<TreatmentEntry> list(UUID patientId, PageParams paging) {
        patients.get(patientId);
        PanacheQuery<TreatmentEntry> query = repository.ofPatient(patientId).page(paging.page(), paging.size());
        return Page.of(query.list(), paging, query.count());
    }
}
