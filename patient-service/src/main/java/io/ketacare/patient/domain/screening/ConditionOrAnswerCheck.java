package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.record.ConditionStatus;
import io.ketacare.patient.domain.screening.RecordFacts.ConditionFact;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fires when the record holds one of the rule's condition kinds (active ones only, or any recorded
 * one for "history of" rules) or when the rule's question was answered YES. An UNKNOWN answer with
 * nothing on the record cannot be checked.
 */
final class ConditionOrAnswerCheck implements RuleCheck {

    @Override
    public CheckResult check(ProtocolRule rule, ScreeningInput input) {
        List<ConditionFact> recorded = matching(rule, input.record().conditions());
        if (!recorded.isEmpty()) {
            return CheckResult.present(rule.description() + ": " + describe(recorded) + " on record");
        }
        if (rule.answer() == null) {
            return rule.conditionKinds().isEmpty()
                    ? CheckResult.unknown("the rule names neither condition kinds nor a question")
                    : CheckResult.CLEAR;
        }
        Optional<Answer> answer = input.answers().to(rule.answer());
        if (answer.isEmpty()) {
            return CheckResult.unknown(rule.description() + ": question " + rule.answer() + " is not asked by this service");
        }
        return switch (answer.get()) {
            case YES -> CheckResult.present(rule.description() + ": answered YES at screening");
            case UNKNOWN -> CheckResult.unknown(rule.description() + ": the answer is UNKNOWN; only a YES or NO answer can be checked");
            case NO -> CheckResult.CLEAR;
        };
    }

    static List<ConditionFact> matching(ProtocolRule rule, List<ConditionFact> conditions) {
        return conditions.stream()
                .filter(c -> rule.conditionKinds().contains(c.kind().name()))
                .filter(c -> rule.activeOnly() ? c.status() == ConditionStatus.ACTIVE : c.status().isRecorded())
                .toList();
    }

    static String describe(List<ConditionFact> conditions) {
        return conditions.stream().map(c -> "'" + c.description() + "' (" + c.kind() + ", " + c.status() + ")")
                .collect(Collectors.joining(", "));
    }
}
