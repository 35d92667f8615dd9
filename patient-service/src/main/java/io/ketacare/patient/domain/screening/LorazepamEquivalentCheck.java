package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.screening.RecordFacts.MedicationFact;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fires when the active medications of the rule's classes together exceed the limit in mg
 * lorazepam-equivalent per day; the limit itself passes. A dose without its equivalent cannot be checked.
 */
final class LorazepamEquivalentCheck implements RuleCheck {

    @Override
    public CheckResult check(ProtocolRule rule, ScreeningInput input) {
        List<MedicationFact> medications = MedicationClassCheck.active(rule, input);
        if (medications.stream().anyMatch(m -> m.lorazepamEquivalentMgPerDay() == null)) {
            return CheckResult.unknown(rule.description() + ": a current benzodiazepine has no lorazepam-equivalent dose");
        }
        BigDecimal total = medications.stream().map(MedicationFact::lorazepamEquivalentMgPerDay)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(rule.limit()) > 0) {
            return CheckResult.present("%s mg lorazepam-equivalent per day (%s) is above the protocol limit of %s mg".formatted(
                    total.stripTrailingZeros().toPlainString(),
                    medications.stream().map(MedicationFact::name).collect(Collectors.joining(", ")),
                    rule.limit().stripTrailingZeros().toPlainString()));
        }
        return CheckResult.CLEAR;
    }
}
