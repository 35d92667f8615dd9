package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.screening.RecordFacts.MedicationFact;
import java.util.List;
import java.util.stream.Collectors;

/** Fires when an active medication belongs to one of the rule's classes. */
final class MedicationClassCheck implements RuleCheck {

    @Override
    public CheckResult check(ProtocolRule rule, ScreeningInput input) {
        if (rule.medicationClasses().isEmpty()) {
            return CheckResult.unknown("the rule names no medication class");
        }
        List<MedicationFact> interacting = active(rule, input);
        if (interacting.isEmpty()) {
            return CheckResult.CLEAR;
        }
        return CheckResult.present(rule.description() + ": " + interacting.stream()
                .map(m -> m.name() + " (" + m.medicationClass() + ")").collect(Collectors.joining(", ")));
    }

    static List<MedicationFact> active(ProtocolRule rule, ScreeningInput input) {
        return input.record().medications().stream().filter(MedicationFact::isActive)
                .filter(m -> rule.medicationClasses().contains(m.medicationClass().name())).toList();
    }
}
