package io.ketacare.patient.domain.record;

import io.ketacare.platform.problem.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What recording or revising a condition sets. */
public record ConditionData(ConditionKind kind, String icd10Code, String description, ConditionStatus status,
        Severity severity, LocalDate onsetDate, LocalDate lastUseDate, String note) {

    /** Rules across fields that single-field validation cannot express. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (lastUseDate != null && kind != ConditionKind.SUBSTANCE_USE_DISORDER) {
            violations.add(new Violation("lastUseDate", "is only recorded for SUBSTANCE_USE_DISORDER; leave it out for " + kind));
        }
        if (lastUseDate != null && onsetDate != null && lastUseDate.isBefore(onsetDate)) {
            violations.add(new Violation("lastUseDate", "must not be before onsetDate " + onsetDate));
        }
        return violations;
    }
}
