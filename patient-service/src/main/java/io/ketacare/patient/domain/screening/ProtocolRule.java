package io.ketacare.patient.domain.screening;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One rule of a screening protocol, as published: its code, its effect, the check that evaluates it
 * and that check's parameters. Kinds, classes and levels are names, so that data this service does
 * not understand fails closed instead of failing to load.
 */
public record ProtocolRule(String code, RuleEffect effect, String checkType, Set<String> conditionKinds, boolean activeOnly,
        String answer, Set<String> medicationClasses, String level, BigDecimal limit, BigDecimal secondLimit,
        String description) {
}
