package io.ketacare.patient.domain;

import io.ketacare.patient.persistence.PatientRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The records of the local demo users {@code patient1} and {@code patient2}: their tokens carry a
 * {@code patient_id} claim with these ids (see deploy/keycloak). Created once, on the local stack only.
 */
@ApplicationScoped
public class DemoPatients {

    public static final UUID PATIENT1 = UUID.fromString("6f1c2b3a-0d4e-4f5a-8b6c-000000000001");
    public static final UUID PATIENT2 = UUID.fromString("6f1c2b3a-0d4e-4f5a-8b6c-000000000002");

    private static final Logger LOG = Logger.getLogger(DemoPatients.class);

    @ConfigProperty(name = "ketacare.demo-data")
    boolean enabled;

    @Inject
    Patients patients;

    @Inject
    PatientRepository repository;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        ensure(PATIENT1, new Demographics("DEMO-0001", "Paula", "Patient", LocalDate.of(1985, 4, 12), Sex.FEMALE, null, "patient1@ketacare.dev"));
        ensure(PATIENT2, new Demographics("DEMO-0002", "Peter", "Patient", LocalDate.of(1979, 9, 30), Sex.MALE, null, "patient2@ketacare.dev"));
    }

    private void ensure(UUID id, Demographics demographics) {
        if (repository.findByIdOptional(id).isEmpty()) {
            patients.register(id, demographics);
            LOG.infof("Demo patient %s created for the local demo users", demographics.mrn());
        }
    }
}
