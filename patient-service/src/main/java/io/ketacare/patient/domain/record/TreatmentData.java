package io.ketacare.patient.domain.record;

import io.ketacare.platform.problem.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A prior treatment as the client reports it. */
public record TreatmentData(TreatmentType type, String drug, BigDecimal dailyDoseMg, Integer durationWeeks,
        Boolean adequate, TreatmentOutcome outcome, LocalDate startDate, LocalDate endDate, String note) {

    /** An antidepressant trial names its drug and says whether it was adequate. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (type == TreatmentType.ANTIDEPRESSANT_TRIAL) {
            if (drug == null || drug.isBlank()) {
                violations.add(new Violation("drug", "is required for an ANTIDEPRESSANT_TRIAL"));
            }
            if (adequate == null) {
                violations.add(new Violation("adequate",
                        "is required for an ANTIDEPRESSANT_TRIAL: true when dose and duration were adequate"));
            }
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            violations.add(new Violation("endDate", "must not be before startDate " + startDate));
        }
        return violations;
    }
}
