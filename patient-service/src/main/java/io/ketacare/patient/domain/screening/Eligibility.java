package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Timestamps;
import io.ketacare.patient.domain.record.TreatmentResistance;
import io.ketacare.patient.persistence.ScreeningRepository;
import io.ketacare.patient.persistence.TreatmentHistoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The patient's current eligibility decision, as treatment planning and the pathway read it. */
@ApplicationScoped
public class Eligibility {

    @Inject
    ScreeningRepository screenings;

    @Inject
    TreatmentHistoryRepository treatmentHistory;

    @Inject
    ClinicalRecordReader record;

    @Inject
    Protocols protocols;

    @Inject
    Patients patients;

    @Inject
    Clock clock;

    @Transactional
    public EligibilityDecision current(UUID patientId) {
        patients.get(patientId);
        Instant now = Timestamps.now(clock);
        TreatmentResistance resistance = TreatmentResistance.of(treatmentHistory.allOf(patientId),
                protocols.current(now).trdMinFailedTrials());
        Optional<Screening> latest = screenings.latest(patientId);
        if (latest.isEmpty()) {
            return EligibilityDecision.notScreened(patientId, resistance, now);
        }
        Screening screening = latest.get();
        return EligibilityDecision.of(screening, record.changesSince(patientId, screening.decidedAt()), resistance, now);
    }
}
