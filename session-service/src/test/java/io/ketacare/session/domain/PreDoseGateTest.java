package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.domain.predose.PreDoseGate;
import io.ketacare.session.domain.predose.PreDoseInput;
import io.ketacare.session.domain.predose.PregnancyTest;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pre-dose check of clinical-rules.md at each boundary of protocol version 1. */
class PreDoseGateTest {

    static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");
    final SessionProtocol v1 = ProtocolV1.protocol();

    static PreDoseInput passing() {
        return new PreDoseInput(128, 82, 76, 98, NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(1)), true,
                PregnancyTest.NOT_APPLICABLE, false, null, null, false);
    }

    List<String> failed(PreDoseInput in, Route route) {
        return PreDoseGate.check(in, v1, v1.rule(route), NOW).stream().map(Criterion::code).toList();
    }

    static PreDoseInput bp(int systolic, int diastolic, String override, boolean clinician) {
        PreDoseInput p = passing();
        return new PreDoseInput(systolic, diastolic, p.heartRate(), p.spo2(), p.lastFoodAt(), p.lastLiquidAt(), true, p.pregnancyTest(), false,
                null, override, clinician);
    }

    @Test
    void allCriteriaMetPasses() {
        assertThat(failed(passing(), Route.INTRANASAL)).isEmpty();
    }

    @Test
    void bloodPressure140Over90PassesAnd141Over90IsRefused() {
        assertThat(failed(bp(140, 90, null, false), Route.INTRANASAL)).isEmpty();
        assertThat(failed(bp(141, 90, null, false), Route.INTRANASAL)).containsExactly("SYSTOLIC_TOO_HIGH");
    }

    @Test
    void diastolic91IsRefused() {
        assertThat(failed(bp(140, 91, null, false), Route.INTRANASAL)).containsExactly("DIASTOLIC_TOO_HIGH");
    }

    @Test
    void bothBloodPressureCriteriaAreListed() {
        assertThat(failed(bp(150, 95, null, false), Route.IV)).containsExactly("SYSTOLIC_TOO_HIGH", "DIASTOLIC_TOO_HIGH");
    }

    @Test
    void heartRate110PassesAnd111IsRefused() {
        PreDoseInput p = passing();
        assertThat(failed(new PreDoseInput(128, 82, 110, 98, p.lastFoodAt(), p.lastLiquidAt(), true, p.pregnancyTest(), false, null, null, false),
                Route.IV)).isEmpty();
        assertThat(failed(new PreDoseInput(128, 82, 111, 98, p.lastFoodAt(), p.lastLiquidAt(), true, p.pregnancyTest(), false, null, null, false),
                Route.IV)).containsExactly("HEART_RATE_TOO_HIGH");
    }

    @Test
    void spo2At94PassesAnd93IsRefused() {
        PreDoseInput p = passing();
        assertThat(failed(new PreDoseInput(128, 82, 76, 94, p.lastFoodAt(), p.lastLiquidAt(), true, p.pregnancyTest(), false, null, null, false),
                Route.IV)).isEmpty();
        assertThat(failed(new PreDoseInput(128, 82, 76, 93, p.lastFoodAt(), p.lastLiquidAt(), true, p.pregnancyTest(), false, null, null, false),
                Route.IV)).containsExactly("SPO2_TOO_LOW");
    }

    @Test
    void foodRefusedAt119MinutesAndAcceptedAt120() {
        PreDoseInput p = passing();
        assertThat(failed(new PreDoseInput(128, 82, 76, 98, NOW.minus(Duration.ofMinutes(119)), p.lastLiquidAt(), true, p.pregnancyTest(),
                false, null, null, false), Route.IV)).containsExactly("NOT_FASTING_FOOD");
        assertThat(failed(new PreDoseInput(128, 82, 76, 98, NOW.minus(Duration.ofMinutes(120)), p.lastLiquidAt(), true, p.pregnancyTest(),
                false, null, null, false), Route.IV)).isEmpty();
    }

    @Test
    void liquidsRefusedAt29MinutesBeforeIntranasalAndAcceptedAt30() {
        PreDoseInput p = passing();
        assertThat(failed(new PreDoseInput(128, 82, 76, 98, p.lastFoodAt(), NOW.minus(Duration.ofMinutes(29)), true, p.pregnancyTest(),
                false, null, null, false), Route.INTRANASAL)).containsExactly("NOT_FASTING_LIQUIDS");
        assertThat(failed(new PreDoseInput(128, 82, 76, 98, p.lastFoodAt(), NOW.minus(Duration.ofMinutes(30)), true, p.pregnancyTest(),
                false, null, null, false), Route.INTRANASAL)).isEmpty();
    }

    @Test
    void aDrinkTenMinutesBeforeAnInfusionIsAllowedByProtocolV1() {
        PreDoseInput p = passing();
        assertThat(failed(new PreDoseInput(128, 82, 76, 98, p.lastFoodAt(), NOW.minus(Duration.ofMinutes(10)), true, p.pregnancyTest(),
                false, null, null, false), Route.IV)).isEmpty();
    }

    @Test
    void escortPregnancyAndNewMedicationAreEachRefusedAndAllListed() {
        PreDoseInput p = passing();
        assertThat(failed(new PreDoseInput(128, 82, 76, 98, p.lastFoodAt(), p.lastLiquidAt(), false, PregnancyTest.POSITIVE, true,
                "phenelzine", null, false), Route.IV)).containsExactly("ESCORT_NOT_CONFIRMED", "PREGNANCY_TEST_POSITIVE", "NEW_INTERACTING_MEDICATION");
        assertThat(failed(new PreDoseInput(128, 82, 76, 98, p.lastFoodAt(), p.lastLiquidAt(), true, PregnancyTest.NOT_DONE, false,
                null, null, false), Route.IV)).containsExactly("PREGNANCY_TEST_MISSING");
        assertThat(failed(new PreDoseInput(128, 82, 76, 98, p.lastFoodAt(), p.lastLiquidAt(), true, PregnancyTest.NEGATIVE, false,
                null, null, false), Route.IV)).isEmpty();
    }

    @Test
    void everyFailedCriterionIsListedAtOnce() {
        PreDoseInput worst = new PreDoseInput(141, 91, 111, 93, NOW, NOW, false, PregnancyTest.NOT_DONE, true, null, null, false);
        assertThat(failed(worst, Route.INTRANASAL)).containsExactly("SYSTOLIC_TOO_HIGH", "DIASTOLIC_TOO_HIGH", "HEART_RATE_TOO_HIGH",
                "SPO2_TOO_LOW", "NOT_FASTING_FOOD", "NOT_FASTING_LIQUIDS", "ESCORT_NOT_CONFIRMED", "PREGNANCY_TEST_MISSING",
                "NEW_INTERACTING_MEDICATION");
    }

    @Test
    void bloodPressureOverrideRefusedWhereTheProtocolDoesNotAllowIt() {
        assertThat(failed(bp(150, 88, "white-coat hypertension", true), Route.IV)).containsExactly("BLOOD_PRESSURE_OVERRIDE_NOT_ALLOWED",
                "SYSTOLIC_TOO_HIGH");
    }

    @Test
    void bloodPressureOverrideByAClinicianPassesWhereTheProtocolAllowsItUpTo180Over110() {
        v1.bloodPressureOverrideAllowed = true;
        assertThat(failed(bp(150, 88, "white-coat hypertension", true), Route.IV)).isEmpty();
        assertThat(failed(bp(180, 110, "white-coat hypertension", true), Route.IV)).isEmpty();
        assertThat(failed(bp(181, 90, "white-coat hypertension", true), Route.IV)).containsExactly("BLOOD_PRESSURE_ABOVE_OVERRIDE_CEILING",
                "SYSTOLIC_TOO_HIGH");
        assertThat(failed(bp(170, 111, "white-coat hypertension", true), Route.IV)).containsExactly("BLOOD_PRESSURE_ABOVE_OVERRIDE_CEILING",
                "SYSTOLIC_TOO_HIGH", "DIASTOLIC_TOO_HIGH");
        assertThat(failed(bp(150, 88, "white-coat hypertension", false), Route.IV)).containsExactly("BLOOD_PRESSURE_OVERRIDE_NEEDS_CLINICIAN",
                "SYSTOLIC_TOO_HIGH");
    }

    List<String> weight(String today, String previous, String reason, boolean clinician) {
        return PreDoseGate.weight(new java.math.BigDecimal(today), previous == null ? null : new java.math.BigDecimal(previous), reason, clinician, v1)
                .stream().map(Criterion::code).toList();
    }

    @Test
    void weightOfTheDay10PercentFromTheLastRecordedWeightPasses() {
        assertThat(weight("110.0", "100.0", null, false)).isEmpty();
        assertThat(weight("90.0", "100.0", null, false)).isEmpty();
    }

    @Test
    void weightOfTheDay10Point1PercentFromTheLastRecordedWeightNeedsAClinicianToConfirmIt() {
        assertThat(weight("110.1", "100.0", null, false)).containsExactly("WEIGHT_CHANGE_NEEDS_CLINICIAN_CONFIRMATION");
        assertThat(weight("89.9", "100.0", null, true)).containsExactly("WEIGHT_CHANGE_NEEDS_CLINICIAN_CONFIRMATION");
        assertThat(PreDoseGate.weight(new java.math.BigDecimal("110.1"), new java.math.BigDecimal("100.0"), null, false, v1).get(0).message())
                .contains("110.1 kg").contains("100 kg").contains("10.1 %").contains("10 % of session protocol v1");
    }

    @Test
    void aNurseCannotConfirmAChangedWeightAndAClinicianCanWithAReason() {
        assertThat(weight("110.1", "100.0", "weighed twice", false)).containsExactly("WEIGHT_CONFIRMATION_NEEDS_CLINICIAN");
        assertThat(weight("110.1", "100.0", "weighed twice", true)).isEmpty();
    }

    @Test
    void thePatientsFirstCheckHasNoWeightToCompareWith() {
        assertThat(weight("150.0", null, null, false)).isEmpty();
    }
}
