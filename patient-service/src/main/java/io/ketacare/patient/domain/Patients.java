package io.ketacare.patient.domain;

import io.ketacare.patient.persistence.PatientRepository;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.security.PatientAccess;
import io.ketacare.platform.web.Etags;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The patient registry: register, read, search and correct demographics. */
@ApplicationScoped
public class Patients {

    private static final Logger LOG = Logger.getLogger(Patients.class);

    @Inject
    PatientRepository repository;

    @Inject
    PatientAccess access;

    @Inject
    Clock clock;

    @Transactional
    public Patient register(Demographics demographics) {
        return register(UUID.randomUUID(), demographics);
    }

    @Transactional
    public Patient register(UUID id, Demographics demographics) {
        requireMrnFree(demographics.mrn(), null);
        Patient patient = new Patient();
        patient.id = id;
        patient.setDemographics(demographics);
        patient.createdAt = clock.instant();
        patient.updatedAt = patient.createdAt;
        repository.persistAndFlush(patient);
        LOG.infof("Registered patient %s (MRN %s)", patient.id, patient.mrn);
        return patient;
    }

    /** The patient, if the caller may see it; 404 otherwise. */
    @Transactional
    public Patient get(UUID id) {
        access.requireAccessTo(id);
        return repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Patient " + id));
    }

    @Transactional
    public Patient updateDemographics(UUID id, long expectedVersion, Demographics demographics) {
        Patient patient = get(id);
        Etags.requireCurrent(expectedVersion, patient.version);
        requireMrnFree(demographics.mrn(), id);
        patient.setDemographics(demographics);
        patient.updatedAt = clock.instant();
        repository.flush();
        return patient;
    }

    @Transactional
    public Page<Patient> search(String q, PageParams paging) {
        PanacheQuery<Patient> query = repository.search(q, paging);
        return Page.of(query.list(), paging, query.count());
    }

    private void requireMrnFree(String mrn, UUID self) {
        repository.findByMrn(mrn).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("duplicate-mrn", "Duplicate MRN",
                    "MRN " + mrn + " already belongs to patient " + other.id);
        });
    }
}
