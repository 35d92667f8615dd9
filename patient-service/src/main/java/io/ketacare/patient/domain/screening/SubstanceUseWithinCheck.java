package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.screening.RecordFacts.ConditionFact;
import java.time.LocalDate;
import java.util.List;

/**
 * Fires when a recorded substance use disorder had its last use within the rule's number of months
 * (the limit) before the screening date, that day included. A disorder without a last-use date
 * cannot be checked.
 */
final class SubstanceUseWithinCheck implements RuleCheck {

    @Override
    public CheckResult check(ProtocolRule rule, ScreeningInput input) {
        int months = rule.limit().intValueExact();
        LocalDate since = input.today().minusMonths(months);
        List<ConditionFact> conditions = ConditionOrAnswerCheck.matching(rule, input.record().conditions());
        List<ConditionFact> recent = conditions.stream()
                .filter(c -> c.lastUseDate() != null && !c.lastUseDate().isBefore(since)).toList();
        if (!recent.isEmpty()) {
            return CheckResult.present("%s: last use %s is within %d months of screening (on or after %s)"
                    .formatted(rule.description(), recent.get(0).lastUseDate(), months, since));
        }
        List<ConditionFact> undated = conditions.stream().filter(c -> c.lastUseDate() == null).toList();
        if (!undated.isEmpty()) {
            return CheckResult.unknown("%s: %s has no last-use date; record it to check the %d-month window"
                    .formatted(rule.description(), ConditionOrAnswerCheck.describe(undated), months));
        }
        return CheckResult.CLEAR;
    }
}
