package io.ketacare.session.domain.dose;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.domain.Route;
import io.ketacare.session.domain.protocol.RouteRule;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.timeline.Timeline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
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
        if (rule.maxDoseMg != null && doseMg.compareTo(rule.maxDoseMg) > 0) {
            failed.add(new Criterion("DOSE_ABOVE_ROUTE_CEILING", doseMg.stripTrailingZeros().toPlainString() + " mg is above the "
                    + sessionRoute + " ceiling of " + rule.maxDoseMg.stripTrailingZeros().toPlainString() + " mg per dose of session protocol v"
                    + rule.protocolVersion + ", whatever the plan says"));
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

    /** The times of a dose as charted, and the reason for charting it late (when it is). */
    public record Times(Instant startedAt, Instant endedAt, List<Instant> deviceTimes, String lateEntryReason) {
    }

    /**
     * The gates the dose must follow in time, the plan's infusion minutes, and a pre-dose check that failed after the
     * latest passed one (its time and failed criteria), if any.
     */
    public record Gates(Instant checkedInAt, Instant preDoseCheckedAt, Integer plannedInfusionMinutes, Instant failedCheckAt,
            String failedCriteria) {
    }

    /**
     * The dose in time: started after the check-in and after the latest passed pre-dose check, within that check's
     * validity; an infusion as long as the plan's minutes within the protocol's tolerance; the devices of a fixed-dose
     * route one per device, at least the route's interval apart; a late entry with its reason.
     */
    public static List<Criterion> timeline(Times t, Gates g, BigDecimal doseMg, SessionProtocol p, RouteRule rule, Instant now) {
        List<Criterion> failed = new ArrayList<>();
        if (g.checkedInAt() != null && t.startedAt().isBefore(g.checkedInAt())) {
            failed.add(new Criterion("DOSE_STARTED_BEFORE_CHECK_IN", "dosing is charted as started at " + t.startedAt()
                    + ", before the check-in at " + g.checkedInAt() + "; chart the time the dose was actually given"));
        }
        if (t.startedAt().isBefore(g.preDoseCheckedAt())) {
            failed.add(new Criterion("DOSE_STARTED_BEFORE_PRE_DOSE_CHECK", "dosing is charted as started at " + t.startedAt()
                    + ", before the pre-dose check passed at " + g.preDoseCheckedAt() + "; a dose follows its pre-dose check"));
        }
        if (g.failedCheckAt() != null) {
            failed.add(new Criterion("PRE_DOSE_CHECK_FAILED_SINCE", "the pre-dose check of " + g.failedCheckAt() + " failed ("
                    + g.failedCriteria() + ") after the one that passed at " + g.preDoseCheckedAt() + "; the dose waits for a check that passes"));
        }
        Instant expires = g.preDoseCheckedAt().plus(Duration.ofMinutes(p.preDoseCheckValidMinutes));
        if (t.startedAt().isAfter(expires)) {
            failed.add(new Criterion("PRE_DOSE_CHECK_EXPIRED", "the pre-dose check of " + g.preDoseCheckedAt() + " expired at " + expires
                    + " (valid " + p.preDoseCheckValidMinutes + " min under session protocol v" + p.version + "), before dosing started at "
                    + t.startedAt() + "; repeat the pre-dose check"));
        }
        infusion(t.startedAt(), t.endedAt(), g.plannedInfusionMinutes(), p, rule, failed);
        devices(t, doseMg, rule, failed);
        lateEntry(t.startedAt(), t.lateEntryReason(), p, now, failed);
        return failed;
    }

    /** An infusion's charted duration against the plan's infusion minutes (nothing to check while it runs). */
    public static void infusion(Instant startedAt, Instant endedAt, Integer plannedMinutes, SessionProtocol p, RouteRule rule,
            List<Criterion> failed) {
        if (endedAt == null || plannedMinutes == null && rule.route != Route.IV) {
            return;
        }
        if (plannedMinutes == null) {
            failed.add(new Criterion("INFUSION_DURATION_NOT_IN_PLAN", "the active plan states no infusion duration to hold the "
                    + "charted one against; ask the prescriber to complete the plan"));
            return;
        }
        Duration charted = Duration.between(startedAt, endedAt);
        Duration tolerance = Duration.ofMinutes(p.infusionToleranceMinutes);
        if (charted.minus(Duration.ofMinutes(plannedMinutes)).abs().compareTo(tolerance) > 0) {
            failed.add(new Criterion("INFUSION_DURATION_DIFFERS_FROM_PLAN", "the infusion is charted as lasting " + minutes(charted)
                    + " (" + startedAt + " to " + endedAt + "); the plan's infusion is " + plannedMinutes + " min ± "
                    + p.infusionToleranceMinutes + " min (session protocol v" + p.version + "): chart an end between "
                    + startedAt.plus(Duration.ofMinutes(plannedMinutes)).minus(tolerance) + " and "
                    + startedAt.plus(Duration.ofMinutes(plannedMinutes)).plus(tolerance)));
        }
    }

    private static void devices(Times t, BigDecimal doseMg, RouteRule rule, List<Criterion> failed) {
        List<BigDecimal> allowed = rule.allowedFixedDoses();
        if (allowed.isEmpty()) {
            return;
        }
        List<Instant> times = t.deviceTimes() == null ? List.of() : t.deviceTimes();
        if (times.isEmpty()) {
            failed.add(new Criterion("DEVICE_TIMES_MISSING", rule.route + " doses chart when each device was given (deviceTimes, "
                    + "the first at startedAt)"));
            return;
        }
        BigDecimal perDevice = allowed.get(0);
        BigDecimal[] count = doseMg.divideAndRemainder(perDevice);
        if (count[1].signum() == 0 && count[0].intValue() != times.size()) {
            failed.add(new Criterion("DEVICE_TIMES_COUNT_MISMATCH", times.size() + " device time(s) charted; "
                    + doseMg.stripTrailingZeros().toPlainString() + " mg is " + count[0].intValue() + " device(s) of "
                    + perDevice.stripTrailingZeros().toPlainString() + " mg: chart one time per device"));
        }
        Duration interval = Duration.ofMinutes(rule.deviceIntervalMinutes);
        for (int i = 1; i < times.size(); i++) {
            Duration gap = Duration.between(times.get(i - 1), times.get(i));
            if (gap.compareTo(interval) < 0) {
                failed.add(new Criterion("DEVICES_LESS_THAN_INTERVAL_APART", "device " + (i + 1) + " at " + times.get(i) + " is charted "
                        + minutes(gap) + " after device " + i + " at " + times.get(i - 1) + "; session protocol v" + rule.protocolVersion
                        + " gives " + rule.route + " devices at least " + rule.deviceIntervalMinutes + " min apart"));
            }
        }
    }

    /** A fact charted more than the charting allowance after it happened needs the reason it is charted late. */
    public static void lateEntry(Instant happenedAt, String reason, SessionProtocol p, Instant now, List<Criterion> failed) {
        if (Timeline.isLateEntry(happenedAt, now, p) && (reason == null || reason.isBlank())) {
            failed.add(new Criterion("LATE_ENTRY_REASON_REQUIRED", "charted at " + now + ", more than the " + p.chartingAllowanceMinutes
                    + " min charting allowance of session protocol v" + p.version + " after " + happenedAt
                    + ": a late entry is recorded with its reason (lateEntryReason)"));
        }
    }

    private static String minutes(Duration d) {
        long seconds = d.toSecondsPart();
        return d.toMinutes() + " min" + (seconds == 0 ? "" : " " + seconds + " s");
    }
}
