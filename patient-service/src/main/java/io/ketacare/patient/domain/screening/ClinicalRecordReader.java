package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.assessment.Assessment;
import io.ketacare.patient.domain.assessment.CssrsRisk;
import io.ketacare.patient.domain.assessment.Instrument;
import io.ketacare.patient.domain.screening.RecordFacts.ConditionFact;
import io.ketacare.patient.domain.screening.RecordFacts.MedicationFact;
import io.ketacare.patient.persistence.AssessmentRepository;
import io.ketacare.patient.persistence.ConditionRepository;
import io.ketacare.patient.persistence.MedicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads what screening needs from the record, and what changed in it since a decision. */
@ApplicationScoped
public class ClinicalRecordReader {

    @Inject
    ConditionRepository conditions;

    @Inject
    MedicationRepository medications;

    @Inject
    AssessmentRepository assessments;

    public record Reading(RecordFacts facts, UUID cssrsAssessmentId) {
    }

    public Reading read(UUID patientId) {
        List<ConditionFact> conditionFacts = conditions.allOf(patientId).stream()
                .map(c -> new ConditionFact(c.kind, c.status, c.severity, c.lastUseDate, c.description)).toList();
        List<MedicationFact> medicationFacts = medications.allOf(patientId).stream()
                .map(m -> new MedicationFact(m.name, m.medicationClass, m.status, m.lorazepamEquivalentMgPerDay)).toList();
        Optional<Assessment> cssrs = assessments.latest(patientId, Instrument.CSSRS_SCREEN);
        return new Reading(new RecordFacts(conditionFacts, medicationFacts, cssrs.map(a -> CssrsRisk.valueOf(a.band))),
                cssrs.map(a -> a.id).orElse(null));
    }

    /**
     * Changes after a decision that may change it: any condition or medication recorded or revised,
     * and any C-SSRS screen at HIGH risk.
     */
    public List<String> changesSince(UUID patientId, Instant since) {
        List<String> changes = new ArrayList<>();
        conditions.changedSince(patientId, since).forEach(c -> changes.add(
                "condition '%s' (%s, %s) recorded or revised at %s".formatted(c.description, c.kind, c.status, c.updatedAt)));
        medications.changedSince(patientId, since).forEach(m -> changes.add(
                "medication '%s' (%s, %s) recorded or revised at %s".formatted(m.name, m.medicationClass, m.status, m.updatedAt)));
        assessments.recordedSince(patientId, Instrument.CSSRS_SCREEN, since).stream()
                .filter(a -> CssrsRisk.valueOf(a.band) == CssrsRisk.HIGH)
                .forEach(a -> changes.add("C-SSRS screen at HIGH risk recorded at " + a.recordedAt));
        return changes;
    }
}
