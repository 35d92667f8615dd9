package io.ketacare.patient.domain.screening;

/** Evaluates one kind of protocol rule against the screening input. */
public interface RuleCheck {
    CheckResult check(ProtocolRule rule, ScreeningInput input);
}
