package io.ketacare.patient.domain.screening;

/** Fires when systolic is above the limit or diastolic above the second limit (mmHg); the limits themselves pass. */
final class BloodPressureCheck implements RuleCheck {

    @Override
    public CheckResult check(ProtocolRule rule, ScreeningInput input) {
        Vitals vitals = input.vitals();
        if (vitals == null || vitals.systolicMmHg() == null || vitals.diastolicMmHg() == null) {
            return CheckResult.unknown(rule.description() + ": no blood pressure was taken at screening");
        }
        int systolicLimit = rule.limit().intValueExact();
        int diastolicLimit = rule.secondLimit().intValueExact();
        if (vitals.systolicMmHg() > systolicLimit || vitals.diastolicMmHg() > diastolicLimit) {
            return CheckResult.present("blood pressure %d/%d mmHg at screening is above the protocol limit of %d/%d mmHg"
                    .formatted(vitals.systolicMmHg(), vitals.diastolicMmHg(), systolicLimit, diastolicLimit));
        }
        return CheckResult.CLEAR;
    }
}
