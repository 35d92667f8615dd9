package io.ketacare.patient.domain.record;

import io.ketacare.platform.problem.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What recording or revising a medication sets. */
public record MedicationData(String name, MedicationClass medicationClass, BigDecimal dailyDoseMg,
        BigDecimal lorazepamEquivalentMgPerDay, MedicationStatus status, LocalDate startDate, LocalDate endDate, String note) {

    /** Rules across fields that single-field validation cannot express. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (medicationClass == MedicationClass.BENZODIAZEPINE && lorazepamEquivalentMgPerDay == null) {
            violations.add(new Violation("lorazepamEquivalentMgPerDay",
                    "is required for a BENZODIAZEPINE: the daily dose converted to mg of lorazepam, e.g. 1.5"));
        }
        if (medicationClass != MedicationClass.BENZODIAZEPINE && lorazepamEquivalentMgPerDay != null) {
            violations.add(new Violation("lorazepamEquivalentMgPerDay", "is only recorded for a BENZODIAZEPINE"));
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            violations.add(new Violation("endDate", "must not be before startDate " + startDate));
        }
        return violations;
    }
}
