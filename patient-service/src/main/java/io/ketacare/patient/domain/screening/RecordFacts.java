package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.assessment.CssrsRisk;
import io.ketacare.patient.domain.record.ConditionKind;
import io.ketacare.patient.domain.record.ConditionStatus;
import io.ketacare.patient.domain.record.MedicationClass;
import io.ketacare.patient.domain.record.MedicationStatus;
import io.ketacare.patient.domain.record.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What screening reads from the patient's record: conditions, medications and the latest C-SSRS screen. */
public record RecordFacts(List<ConditionFact> conditions, List<MedicationFact> medications, Optional<CssrsRisk> latestCssrs) {

    public record ConditionFact(ConditionKind kind, ConditionStatus status, Severity severity, LocalDate lastUseDate,
            String description) {
    }

    public record MedicationFact(String name, MedicationClass medicationClass, MedicationStatus status,
            BigDecimal lorazepamEquivalentMgPerDay) {

        public boolean isActive() {
            return status == MedicationStatus.ACTIVE;
        }
    }
}
