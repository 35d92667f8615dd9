package io.ketacare.patient.domain.record;

import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Timestamps;
import io.ketacare.patient.persistence.MedicationRepository;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.web.Etags;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** A patient's current and past medications. */
@ApplicationScoped
public class Medications {

    @Inject
    MedicationRepository repository;

    @Inject
    Patients patients;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Medication record(UUID patientId, MedicationData data) {
        patients.get(patientId);
        requireValid(data);
        Medication medication = Medication.record(patientId, data, caller.userName(), Timestamps.now(clock));
        repository.persistAndFlush(medication);
        return medication;
    }

    @Transactional
    public Medication get(UUID patientId, UUID medicationId) {
        patients.get(patientId);
        return repository.findOf(patientId, medicationId)
                .orElseThrow(() -> ProblemException.notFound("Medication " + medicationId));
    }

    @Transactional
    public Page<Medication> list(UUID patientId, MedicationStatus status, PageParams paging) {
        patients.get(patientId);
        PanacheQuery<Medication> query = repository.ofPatient(patientId, status).page(paging.page(), paging.size());
        return Page.of(query.list(), paging, query.count());
    }

    @Transactional
    public Medication revise(UUID patientId, UUID medicationId, long expectedVersion, MedicationData data) {
        Medication medication = get(patientId, medicationId);
        Etags.requireCurrent(expectedVersion, medication.version);
        requireValid(data);
        medication.revise(data, Timestamps.now(clock));
        repository.flush();
        return medication;
    }

    private static void requireValid(MedicationData data) {
        if (!data.violations().isEmpty()) {
            throw ProblemException.invalid(data.violations());
        }
    }
}
