package io.ketacare.patient.domain.screening;

/**
 * A reason behind a decision: a rule that fired or could not be checked, or a reason about the
 * decision itself (effect and determination then null).
 */
public record Finding(String code, RuleEffect effect, Determination determination, String message) {

    public boolean isAbsoluteContraindication() {
        return effect == RuleEffect.INELIGIBLE && determination == Determination.PRESENT;
    }
}
