package io.ketacare.session.domain.predose;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.domain.protocol.RouteRule;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-dose check of clinical-rules.md: blood pressure, heart rate, SpO2, fasting, escort,
 * pregnancy test and new interacting medication, with the protocol's numbers. Returns every failed
 * criterion; empty means the dose may be prepared.
 */
public final class PreDoseGate {

    private PreDoseGate() {
    }

    public static List<Criterion> check(PreDoseInput in, SessionProtocol protocol, RouteRule route, Instant now) {
        List<Criterion> failed = new ArrayList<>();
        bloodPressure(in, protocol, failed);
        if (in.heartRate() > protocol.maxHeartRate) {
            failed.add(new Criterion("HEART_RATE_TOO_HIGH", "heart rate " + in.heartRate() + " bpm exceeds the protocol limit of "
                    + protocol.maxHeartRate + " bpm; wait and measure again"));
        }
        if (in.spo2() < protocol.minSpo2) {
            failed.add(new Criterion("SPO2_TOO_LOW", "SpO2 " + in.spo2() + " % is below the protocol minimum of " + protocol.minSpo2 + " %"));
        }
        fasting(in, protocol, route, now, failed);
        if (!in.escortConfirmed()) {
            failed.add(new Criterion("ESCORT_NOT_CONFIRMED", "an escort must take the patient home (no driving until the next day)"));
        }
        switch (in.pregnancyTest()) {
            case POSITIVE -> failed.add(new Criterion("PREGNANCY_TEST_POSITIVE", "the pregnancy test is positive; ketamine must not be given"));
            case NOT_DONE -> failed.add(new Criterion("PREGNANCY_TEST_MISSING",
                    "a negative pregnancy test is required where applicable; record NEGATIVE, or NOT_APPLICABLE when the patient cannot be pregnant"));
            default -> { }
        }
        if (in.newInteractingMedication()) {
            failed.add(new Criterion("NEW_INTERACTING_MEDICATION", "a new interacting medication since screening"
                    + (in.newMedicationDetails() == null ? "" : " (" + in.newMedicationDetails() + ")") + " needs a clinician review first"));
        }
        return failed;
    }

    private static void bloodPressure(PreDoseInput in, SessionProtocol p, List<Criterion> failed) {
        boolean systolicHigh = in.systolic() > p.maxSystolic;
        boolean diastolicHigh = in.diastolic() > p.maxDiastolic;
        if (!systolicHigh && !diastolicHigh) {
            return;
        }
        if (in.bloodPressureOverrideReason() != null && !in.bloodPressureOverrideReason().isBlank()) {
            if (!p.bloodPressureOverrideAllowed) {
                failed.add(new Criterion("BLOOD_PRESSURE_OVERRIDE_NOT_ALLOWED",
                        "session protocol v" + p.version + " does not allow overriding the pre-dose blood-pressure limit"));
            } else if (!in.callerIsClinician()) {
                failed.add(new Criterion("BLOOD_PRESSURE_OVERRIDE_NEEDS_CLINICIAN", "only a clinician may override the blood-pressure limit"));
            } else if (in.systolic() > p.alertRepeatSystolic || in.diastolic() > p.alertRepeatDiastolic) {
                failed.add(new Criterion("BLOOD_PRESSURE_ABOVE_OVERRIDE_CEILING", "blood pressure " + in.systolic() + "/" + in.diastolic()
                        + " mmHg is above " + p.alertRepeatSystolic + "/" + p.alertRepeatDiastolic + ", which no override allows"));
            } else {
                return;
            }
        }
        if (systolicHigh) {
            failed.add(new Criterion("SYSTOLIC_TOO_HIGH", "systolic " + in.systolic() + " mmHg exceeds the protocol limit of "
                    + p.maxSystolic + " mmHg"));
        }
        if (diastolicHigh) {
            failed.add(new Criterion("DIASTOLIC_TOO_HIGH", "diastolic " + in.diastolic() + " mmHg exceeds the protocol limit of "
                    + p.maxDiastolic + " mmHg"));
        }
    }

    private static void fasting(PreDoseInput in, SessionProtocol p, RouteRule route, Instant now, List<Criterion> failed) {
        Duration sinceFood = Duration.between(in.lastFoodAt(), now);
        if (sinceFood.compareTo(Duration.ofMinutes(p.fastingFoodMinutes)) < 0) {
            failed.add(new Criterion("NOT_FASTING_FOOD", "last food " + sinceFood.toMinutes() + " min ago; the protocol requires "
                    + p.fastingFoodMinutes + " min without food"));
        }
        Duration sinceLiquid = Duration.between(in.lastLiquidAt(), now);
        if (sinceLiquid.compareTo(Duration.ofMinutes(route.fastingLiquidMinutes)) < 0) {
            failed.add(new Criterion("NOT_FASTING_LIQUIDS", "last drink " + sinceLiquid.toMinutes() + " min ago; the protocol requires "
                    + route.fastingLiquidMinutes + " min without liquids for " + route.route));
        }
    }

    /**
     * The weight of the day against the patient's last recorded weight: a change of more than the protocol's percentage
     * needs a clinician's confirmation with a reason. The first check of a patient has nothing to compare with.
     */
    public static List<Criterion> weight(BigDecimal today, BigDecimal previous, String confirmationReason, boolean callerIsClinician,
            SessionProtocol p) {
        List<Criterion> failed = new ArrayList<>();
        if (!weightChangeNeedsConfirmation(today, previous, p)) {
            return failed;
        }
        String change = "weight of the day " + plain(today) + " kg differs from the last recorded " + plain(previous) + " kg by "
                + changePercent(today, previous).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + " %, more than the " + p.weightChangePercent + " % of session protocol v" + p.version;
        boolean reasoned = confirmationReason != null && !confirmationReason.isBlank();
        if (!reasoned) {
            failed.add(new Criterion("WEIGHT_CHANGE_NEEDS_CLINICIAN_CONFIRMATION", change
                    + ": weigh again, or a clinician confirms the weight with a reason (weightConfirmationReason)"));
        } else if (!callerIsClinician) {
            failed.add(new Criterion("WEIGHT_CONFIRMATION_NEEDS_CLINICIAN", change + ": only a clinician may confirm it"));
        }
        return failed;
    }

    /** Whether the weight changed by more than the protocol's percentage since the last recorded one. */
    public static boolean weightChangeNeedsConfirmation(BigDecimal today, BigDecimal previous, SessionProtocol p) {
        return previous != null && previous.signum() > 0
                && changePercent(today, previous).compareTo(BigDecimal.valueOf(p.weightChangePercent)) > 0;
    }

    private static BigDecimal changePercent(BigDecimal today, BigDecimal previous) {
        return today.subtract(previous).abs().multiply(BigDecimal.valueOf(100)).divide(previous, 6, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
