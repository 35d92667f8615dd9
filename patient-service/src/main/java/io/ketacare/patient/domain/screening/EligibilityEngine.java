package io.ketacare.patient.domain.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule of a protocol version over a screening's input. Fails closed: a rule whose check
 * this service does not know, or whose parameters cannot be read, is an UNKNOWN finding, which sends
 * the screening to clinician review; it never passes.
 */
public final class EligibilityEngine {

    static final int MAX_MESSAGE = 500;

    private static final Map<String, RuleCheck> CHECKS = Map.of(
            "CONDITION_OR_ANSWER", new ConditionOrAnswerCheck(),
            "SUBSTANCE_USE_WITHIN_MONTHS", new SubstanceUseWithinCheck(),
            "CONDITION_SEVERITY_AT_LEAST", new ConditionSeverityCheck(),
            "BLOOD_PRESSURE_ABOVE", new BloodPressureCheck(),
            "MEDICATION_CLASS", new MedicationClassCheck(),
            "LORAZEPAM_EQUIVALENT_ABOVE", new LorazepamEquivalentCheck(),
            "CSSRS_RISK_AT_LEAST", new CssrsRiskCheck());

    private EligibilityEngine() {
    }

    public static Evaluation evaluate(Protocol protocol, ScreeningInput input) {
        List<Finding> findings = new ArrayList<>();
        if (protocol.rules().isEmpty()) {
            findings.add(new Finding("PROTOCOL_HAS_NO_RULES", RuleEffect.NEEDS_REVIEW, Determination.UNKNOWN,
                    "protocol version " + protocol.version() + " has no rules, so nothing could be checked"));
        }
        for (ProtocolRule rule : protocol.rules()) {
            CheckResult result = check(rule, input);
            if (!result.isClear()) {
                findings.add(new Finding(rule.code(), rule.effect(), result.determination(), shorten(result.message())));
            }
        }
        return Evaluation.of(findings);
    }

    private static CheckResult check(ProtocolRule rule, ScreeningInput input) {
        RuleCheck check = CHECKS.get(rule.checkType());
        if (check == null) {
            return CheckResult.unknown("check " + rule.checkType() + " of rule " + rule.code() + " is not known to this service");
        }
        try {
            return check.check(rule, input);
        } catch (RuntimeException e) {
            return CheckResult.unknown("rule " + rule.code() + " could not be evaluated: " + e);
        }
    }

    private static String shorten(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 3) + "...";
    }
}
