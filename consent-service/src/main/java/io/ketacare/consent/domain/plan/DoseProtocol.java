package io.ketacare.consent.domain.plan;

import io.ketacare.platform.problem.Criterion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The route limits of one protocol version applied to a draft plan. Every failed criterion is listed
 * with the limit it breaks, so the prescriber sees what value would pass.
 */
public final class DoseProtocol {

    private final int version;
    private final List<RouteLimit> limits;

    public DoseProtocol(int version, List<RouteLimit> limits) {
        this.version = version;
        this.limits = List.copyOf(limits);
    }

    public int version() {
        return version;
    }

    public Optional<RouteLimit> limitFor(DoseRule rule) {
        return limits.stream().filter(l -> l.route == rule.route() && l.doseUnit == rule.unit()).findFirst();
    }

    /** The rule with its protocol defaults filled in: the IV infusion duration and the intranasal first induction dose. */
    public DoseRule withDefaults(DoseRule rule) {
        RouteLimit limit = limitFor(rule).orElse(null);
        if (limit == null) {
            return rule;
        }
        Integer minutes = rule.infusionMinutes() == null && limit.isInfusion() ? limit.infusionDefaultMinutes : rule.infusionMinutes();
        BigDecimal first = rule.firstDoseMg() == null ? limit.firstInductionDose : rule.firstDoseMg();
        return new DoseRule(rule.route(), rule.unit(), rule.dose(), first, minutes);
    }

    public List<Criterion> check(DoseRule draft) {
        List<Criterion> failed = new ArrayList<>();
        Optional<RouteLimit> found = limitFor(draft);
        if (found.isEmpty()) {
            List<String> units = limits.stream().filter(l -> l.route == draft.route()).map(l -> l.doseUnit.name()).toList();
            failed.add(new Criterion("DOSE_UNIT_NOT_ALLOWED", draft.route() + " is dosed in " + String.join(" or ", units)
                    + " under protocol v" + version + ", not " + draft.unit()));
            return failed;
        }
        DoseRule rule = withDefaults(draft);
        RouteLimit limit = found.get();
        String unit = draft.unit() == DoseUnit.MG_PER_KG ? " mg/kg" : " mg";
        List<BigDecimal> allowed = limit.allowed();
        if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> a.compareTo(rule.dose()) == 0)) {
            failed.add(new Criterion("DOSE_NOT_ALLOWED", rule.dose().stripTrailingZeros().toPlainString() + unit + " is not an allowed " + rule.route()
                    + " dose; protocol v" + version + " allows only " + limit.allowedDoses.replace(",", ", ") + unit));
        } else if (rule.dose().compareTo(limit.minDose) < 0) {
            failed.add(new Criterion("DOSE_BELOW_MINIMUM", plain(rule.dose()) + unit + " is below the " + rule.route()
                    + " minimum of " + plain(limit.minDose) + unit + " (protocol v" + version + ")"));
        } else if (rule.dose().compareTo(limit.maxDose) > 0) {
            failed.add(new Criterion("DOSE_ABOVE_MAXIMUM", plain(rule.dose()) + unit + " is above the " + rule.route()
                    + " maximum of " + plain(limit.maxDose) + unit + " (protocol v" + version + ")"));
        }
        checkFirstDose(rule, limit, failed);
        checkInfusion(rule, limit, failed);
        return failed;
    }

    private void checkFirstDose(DoseRule rule, RouteLimit limit, List<Criterion> failed) {
        if (limit.firstInductionDose == null && rule.firstDoseMg() != null) {
            failed.add(new Criterion("FIRST_DOSE_NOT_APPLICABLE", "a separate first induction dose is not part of the " + rule.route() + " protocol; leave it out"));
        } else if (limit.firstInductionDose != null && rule.firstDoseMg().compareTo(limit.firstInductionDose) != 0) {
            failed.add(new Criterion("FIRST_INDUCTION_DOSE", "the first " + rule.route() + " induction dose must be " + plain(limit.firstInductionDose)
                    + " mg under protocol v" + version + ", not " + plain(rule.firstDoseMg()) + " mg"));
        }
    }

    private void checkInfusion(DoseRule rule, RouteLimit limit, List<Criterion> failed) {
        Integer minutes = rule.infusionMinutes();
        if (!limit.isInfusion()) {
            if (minutes != null) {
                failed.add(new Criterion("INFUSION_DURATION_NOT_APPLICABLE", rule.route() + " is not an infusion; leave the infusion duration out"));
            }
        } else if (minutes < limit.infusionMinMinutes || minutes > limit.infusionMaxMinutes) {
            failed.add(new Criterion("INFUSION_DURATION_OUT_OF_RANGE", "an infusion of " + minutes + " min is outside " + limit.infusionMinMinutes
                    + "–" + limit.infusionMaxMinutes + " min (protocol v" + version + ")"));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
