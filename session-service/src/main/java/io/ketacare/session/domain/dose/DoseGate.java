package io.ketacare.session.domain.dose;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.domain.Route;
import io.ketacare.session.domain.protocol.RouteRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The dose must match the active plan version: mg/kg × weight of the day within the route's
 * tolerance, a fixed dose within it, and for intranasal exactly one of the allowed fixed doses and
 * the plan's dose (the first induction dose for the first session).
 */
public final class DoseGate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DoseGate() {
    }

    public static List<Criterion> check(Route sessionRoute, Route given, BigDecimal doseMg, Integer devices, BigDecimal weightKg,
            PlanDose plan, RouteRule rule, boolean firstDoseOfPlan) {
        List<Criterion> failed = new ArrayList<>();
        if (given != sessionRoute) {
            failed.add(new Criterion("ROUTE_DIFFERS_FROM_SESSION", "the session is booked for " + sessionRoute + ", not " + given));
            return failed;
        }
        if (plan.route() != sessionRoute) {
            failed.add(new Criterion("ROUTE_DIFFERS_FROM_PLAN", "the active plan is for " + plan.route() + ", not " + sessionRoute));
            return failed;
        }
        List<BigDecimal> allowed = rule.allowedFixedDoses();
        if (!allowed.isEmpty()) {
            fixedDose(doseMg, devices, plan, allowed, firstDoseOfPlan, failed);
        } else {
            BigDecimal expected = plan.perKg() ? plan.value().multiply(weightKg) : plan.value();
            withinTolerance(doseMg, expected, rule.doseTolerancePercent, plan, weightKg, failed);
        }
        return failed;
    }

    private static void fixedDose(BigDecimal doseMg, Integer devices, PlanDose plan, List<BigDecimal> allowed, boolean first,
            List<Criterion> failed) {
        if (allowed.stream().noneMatch(a -> a.compareTo(doseMg) == 0)) {
            failed.add(new Criterion("DOSE_NOT_AN_ALLOWED_FIXED_DOSE", doseMg.stripTrailingZeros().toPlainString() + " mg is not one of the allowed "
                    + plan.route() + " doses " + allowed.stream().map(a -> a.stripTrailingZeros().toPlainString()).toList() + " mg"));
            return;
        }
        BigDecimal planned = first && plan.firstDoseMg() != null ? plan.firstDoseMg() : plan.value();
        if (planned.compareTo(doseMg) != 0) {
            failed.add(new Criterion("DOSE_DIFFERS_FROM_PLAN", doseMg.stripTrailingZeros().toPlainString() + " mg differs from the "
                    + planned.stripTrailingZeros().toPlainString() + " mg of plan version " + plan.planVersion()
                    + (first && plan.firstDoseMg() != null ? " (first induction dose)" : "")));
        }
        BigDecimal perDevice = allowed.get(0);
        if (devices != null && perDevice.multiply(BigDecimal.valueOf(devices)).compareTo(doseMg) != 0) {
            failed.add(new Criterion("DEVICE_COUNT_MISMATCH", devices + " device(s) of " + perDevice.stripTrailingZeros().toPlainString()
                    + " mg do not make " + doseMg.stripTrailingZeros().toPlainString() + " mg"));
        }
    }

    private static void withinTolerance(BigDecimal doseMg, BigDecimal expected, BigDecimal tolerancePercent, PlanDose plan,
            BigDecimal weightKg, List<Criterion> failed) {
        BigDecimal margin = expected.multiply(tolerancePercent).divide(HUNDRED, 4, RoundingMode.HALF_UP);
        BigDecimal low = expected.subtract(margin);
        BigDecimal high = expected.add(margin);
        if (doseMg.compareTo(low) < 0 || doseMg.compareTo(high) > 0) {
            String basis = plan.perKg() ? plan.value().stripTrailingZeros().toPlainString() + " mg/kg × " + weightKg.stripTrailingZeros().toPlainString()
                    + " kg = " + expected.stripTrailingZeros().toPlainString() + " mg" : expected.stripTrailingZeros().toPlainString() + " mg";
            failed.add(new Criterion("DOSE_OUTSIDE_PLAN_TOLERANCE", doseMg.stripTrailingZeros().toPlainString() + " mg is outside "
                    + basis + " ± " + tolerancePercent.stripTrailingZeros().toPlainString() + " % (plan version " + plan.planVersion()
                    + "): give between " + low.setScale(2, RoundingMode.CEILING).stripTrailingZeros().toPlainString() + " and "
                    + high.setScale(2, RoundingMode.FLOOR).stripTrailingZeros().toPlainString() + " mg"));
        }
    }
}
