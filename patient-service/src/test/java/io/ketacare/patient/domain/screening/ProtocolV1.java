package io.ketacare.patient.domain.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Screening protocol version 1 as V4__screening_protocol_v1.sql seeds it (SeededProtocolTest keeps the two equal). */
public final class ProtocolV1 {

    private ProtocolV1() {
    }

    public static Protocol protocol() {
        return new Protocol(1, Instant.parse("2025-01-01T00:00:00Z"), "KetaCare default screening protocol", 2, rules());
    }

    public static List<ProtocolRule> rules() {
        return List.of(
                conditions("ANEURYSMAL_VASCULAR_DISEASE", RuleEffect.INELIGIBLE, false, null,
                        "Aneurysmal vascular disease or arteriovenous malformation", "ANEURYSMAL_VASCULAR_DISEASE", "ARTERIOVENOUS_MALFORMATION"),
                conditions("INTRACEREBRAL_HAEMORRHAGE", RuleEffect.INELIGIBLE, false, null,
                        "History of intracerebral haemorrhage", "INTRACEREBRAL_HAEMORRHAGE"),
                conditions("KETAMINE_HYPERSENSITIVITY", RuleEffect.INELIGIBLE, false, "KETAMINE_HYPERSENSITIVITY",
                        "Hypersensitivity to ketamine or esketamine", "KETAMINE_HYPERSENSITIVITY"),
                conditions("PREGNANCY", RuleEffect.INELIGIBLE, true, "PREGNANT", "Current pregnancy", "PREGNANCY"),
                conditions("ACTIVE_PSYCHOSIS_OR_MANIA", RuleEffect.INELIGIBLE, false, "ACTIVE_PSYCHOSIS_OR_MANIA",
                        "Active psychosis or mania"),
                conditions("PSYCHOTIC_DISORDER_HISTORY", RuleEffect.NEEDS_REVIEW, false, null,
                        "History of psychotic disorder", "PSYCHOTIC_DISORDER"),
                rule("SUBSTANCE_USE_DISORDER_ACTIVE", "SUBSTANCE_USE_WITHIN_MONTHS", Set.of("SUBSTANCE_USE_DISORDER"), false, Set.of(),
                        null, "12", null, "Substance use disorder active within the last 12 months"),
                rule("BLOOD_PRESSURE_ABOVE_LIMIT", "BLOOD_PRESSURE_ABOVE", Set.of(), false, Set.of(), null, "140", "90",
                        "Baseline blood pressure above 140/90 mmHg at screening"),
                conditions("CARDIOVASCULAR_OR_CEREBROVASCULAR_DISEASE", RuleEffect.NEEDS_REVIEW, true, null,
                        "Significant cardiovascular or cerebrovascular disease", "CARDIOVASCULAR_DISEASE", "CEREBROVASCULAR_DISEASE"),
                rule("HEPATIC_IMPAIRMENT", "CONDITION_SEVERITY_AT_LEAST", Set.of("HEPATIC_IMPAIRMENT"), true, Set.of(), "MODERATE", null, null,
                        "Moderate or severe hepatic impairment"),
                conditions("BREASTFEEDING", RuleEffect.NEEDS_REVIEW, true, "BREASTFEEDING", "Breastfeeding", "BREASTFEEDING"),
                rule("CSSRS_HIGH_RISK", "CSSRS_RISK_AT_LEAST", Set.of(), false, Set.of(), "HIGH", null, null,
                        "Latest C-SSRS screen shows high suicide risk"),
                medication("INTERACTING_MAOI", "MAOI", "Current MAOI (raises blood pressure)"),
                medication("INTERACTING_PSYCHOSTIMULANT", "PSYCHOSTIMULANT", "Current psychostimulant (raises blood pressure)"),
                rule("BENZODIAZEPINE_ABOVE_LIMIT", "LORAZEPAM_EQUIVALENT_ABOVE", Set.of(), false, Set.of("BENZODIAZEPINE"), null, "3", null,
                        "Benzodiazepines above 3 mg lorazepam-equivalent per day (blunt response; sedation)"),
                medication("INTERACTING_OPIOID", "OPIOID", "Current opioid (sedation)"),
                medication("INTERACTING_CNS_DEPRESSANT", "OTHER_CNS_DEPRESSANT", "Current other CNS depressant (sedation)"));
    }

    private static ProtocolRule conditions(String code, RuleEffect effect, boolean activeOnly, String answer, String description,
            String... kinds) {
        return new ProtocolRule(code, effect, "CONDITION_OR_ANSWER", Set.of(kinds), activeOnly, answer, Set.of(), null, null, null,
                description);
    }

    private static ProtocolRule medication(String code, String medicationClass, String description) {
        return rule(code, "MEDICATION_CLASS", Set.of(), false, Set.of(medicationClass), null, null, null, description);
    }

    private static ProtocolRule rule(String code, String check, Set<String> kinds, boolean activeOnly, Set<String> classes, String level,
            String limit, String secondLimit, String description) {
        return new ProtocolRule(code, RuleEffect.NEEDS_REVIEW, check, kinds, activeOnly, null, classes, level, decimal(limit),
                decimal(secondLimit), description);
    }

    /** As numeric(9, 3) reads back from the database. */
    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value).setScale(3);
    }
}
