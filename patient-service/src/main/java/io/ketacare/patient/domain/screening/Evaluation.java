package io.ketacare.patient.domain.screening;

import java.util.List;

/** The outcome of the rules and every finding behind it. */
public record Evaluation(Outcome outcome, List<Finding> findings) {

    /** Any absolute contraindication found: INELIGIBLE; else anything found or unknown: NEEDS_REVIEW; else ELIGIBLE. */
    public static Evaluation of(List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::isAbsoluteContraindication)) {
            return new Evaluation(Outcome.INELIGIBLE, findings);
        }
        return new Evaluation(findings.isEmpty() ? Outcome.ELIGIBLE : Outcome.NEEDS_REVIEW, findings);
    }

    public List<Finding> absoluteContraindications() {
        return findings.stream().filter(Finding::isAbsoluteContraindication).toList();
    }
}
