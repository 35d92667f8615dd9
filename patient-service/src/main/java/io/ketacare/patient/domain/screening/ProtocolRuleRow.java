package io.ketacare.patient.domain.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A row of the screening_rule table. */
@Embeddable
public class ProtocolRuleRow {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public String effect;

    @Column(name = "check_type", nullable = false)
    public String checkType;

    @Column(name = "condition_kinds")
    public String conditionKinds;

    @Column(name = "active_only", nullable = false)
    public boolean activeOnly;

    public String answer;

    @Column(name = "medication_classes")
    public String medicationClasses;

    public String level;

    @Column(name = "limit_value")
    public BigDecimal limitValue;

    @Column(name = "second_limit")
    public BigDecimal secondLimit;

    @Column(nullable = false)
    public String description;

    ProtocolRule toRule() {
        return new ProtocolRule(code, RuleEffect.valueOf(effect), checkType, names(conditionKinds), activeOnly, answer,
                names(medicationClasses), level, limitValue, secondLimit, description);
    }

    private static Set<String> names(String csv) {
        return csv == null ? Set.of() : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
