package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.assessment.CssrsRisk;
import java.util.Optional;

/** Fires when the latest C-SSRS screen is at least the rule's risk level; no screen on record cannot be checked. */
final class CssrsRiskCheck implements RuleCheck {

    @Override
    public CheckResult check(ProtocolRule rule, ScreeningInput input) {
        CssrsRisk level = CssrsRisk.valueOf(rule.level());
        Optional<CssrsRisk> latest = input.record().latestCssrs();
        if (latest.isEmpty()) {
            return CheckResult.unknown(rule.description() + ": no C-SSRS screen on record; submit a CSSRS_SCREEN assessment first");
        }
        if (latest.get().isAtLeast(level)) {
            return CheckResult.present("latest C-SSRS screen is " + latest.get() + " risk (" + level + " or above needs review)");
        }
        return CheckResult.CLEAR;
    }
}
