package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.record.Severity;
import io.ketacare.patient.domain.screening.RecordFacts.ConditionFact;
import java.util.List;

/** Fires when a matching condition is at least the rule's severity level; a matching condition without a severity cannot be checked. */
final class ConditionSeverityCheck implements RuleCheck {

    @Override
    public CheckResult check(ProtocolRule rule, ScreeningInput input) {
        Severity level = Severity.valueOf(rule.level());
        List<ConditionFact> conditions = ConditionOrAnswerCheck.matching(rule, input.record().conditions());
        List<ConditionFact> severe = conditions.stream()
                .filter(c -> c.severity() != null && c.severity().compareTo(level) >= 0).toList();
        if (!severe.isEmpty()) {
            return CheckResult.present("%s: %s is %s, at or above %s".formatted(rule.description(),
                    ConditionOrAnswerCheck.describe(severe), severe.get(0).severity(), level));
        }
        List<ConditionFact> unrated = conditions.stream().filter(c -> c.severity() == null).toList();
        if (!unrated.isEmpty()) {
            return CheckResult.unknown("%s: %s has no severity; record MILD, MODERATE or SEVERE"
                    .formatted(rule.description(), ConditionOrAnswerCheck.describe(unrated)));
        }
        return CheckResult.CLEAR;
    }
}
