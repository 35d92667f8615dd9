package io.ketacare.patient.domain.record;

import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Timestamps;
import io.ketacare.patient.persistence.ConditionRepository;
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

/** A patient's diagnoses and psychiatric and medical history. */
@ApplicationScoped
public class Conditions {

    @Inject
    ConditionRepository repository;

    @Inject
    Patients patients;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Condition record(UUID patientId, ConditionData data) {
        patients.get(patientId);
        requireValid(data);
        Condition condition = Condition.record(patientId, data, caller.userName(), Timestamps.now(clock));
        repository.persistAndFlush(condition);
        return condition;
    }

    @Transactional
    public Condition get(UUID patientId, UUID conditionId) {
        patients.get(patientId);
        return repository.findOf(patientId, conditionId)
                .orElseThrow(() -> ProblemException.notFound("Condition " + conditionId));
    }

    @Transactional
    public Page<Condition> list(UUID patientId, ConditionStatus status, PageParams paging) {
        patients.get(patientId);
        PanacheQuery<Condition> query = repository.ofPatient(patientId, status).page(paging.page(), paging.size());
        return Page.of(query.list(), paging, query.count());
    }

    @Transactional
    public Condition revise(UUID patientId, UUID conditionId, long expectedVersion, ConditionData data) {
        Condition condition = get(patientId, conditionId);
        Etags.requireCurrent(expectedVersion, condition.version);
        requireValid(data);
        condition.revise(data, Timestamps.now(clock));
        repository.flush();
        return condition;
    }

    private static void requireValid(ConditionData data) {
        if (!data.violations().isEmpty()) {
            throw ProblemException.invalid(data.violations());
        }
    }
}
