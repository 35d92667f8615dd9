package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.domain.dose.DoseGate;
import io.ketacare.session.domain.dose.PlanDose;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dose must match the active plan version: boundaries of protocol version 1. */
class DoseGateTest {

    final SessionProtocol v1 = ProtocolV1.protocol();
    static final PlanDose IV_HALF_MG_PER_KG = new PlanDose(Route.IV, "MG_PER_KG", new BigDecimal("0.5"), null, 2);
    static final PlanDose INTRANASAL_28 = new PlanDose(Route.INTRANASAL, "MG", new BigDecimal("28"), new BigDecimal("56"), 1);
    static final PlanDose INTRANASAL_56 = new PlanDose(Route.INTRANASAL, "MG", new BigDecimal("56"), new BigDecimal("56"), 1);

    List<String> iv(String mg) {
        return DoseGate.check(Route.IV, Route.IV, new BigDecimal(mg), null, new BigDecimal("80"), IV_HALF_MG_PER_KG, v1.rule(Route.IV), false)
                .stream().map(Criterion::code).toList();
    }

    List<String> intranasal(String mg, Integer devices, PlanDose plan, boolean first) {
        return DoseGate.check(Route.INTRANASAL, Route.INTRANASAL, new BigDecimal(mg), devices, new BigDecimal("70"), plan,
                v1.rule(Route.INTRANASAL), first).stream().map(Criterion::code).toList();
    }

    @Test
    void ivHalfMgPerKgAt80KgAccepts38To42Mg() {
        assertThat(iv("40")).isEmpty();
        assertThat(iv("38")).isEmpty();
        assertThat(iv("42")).isEmpty();
    }

    @Test
    void ivRefusedJustOutsideFivePercent() {
        assertThat(iv("37.99")).containsExactly("DOSE_OUTSIDE_PLAN_TOLERANCE");
        assertThat(iv("42.01")).containsExactly("DOSE_OUTSIDE_PLAN_TOLERANCE");
    }

    @Test
    void theRefusalSaysWhatWouldPass() {
        String message = DoseGate.check(Route.IV, Route.IV, new BigDecimal("45"), null, new BigDecimal("80"), IV_HALF_MG_PER_KG,
                v1.rule(Route.IV), false).get(0).message();
        assertThat(message).contains("0.5 mg/kg × 80 kg = 40 mg").contains("between 38 and 42 mg").contains("plan version 2");
    }

    @Test
    void intranasalRefuses27MgAndAccepts28MgOnA28MgPlan() {
        assertThat(intranasal("27", null, INTRANASAL_28, false)).containsExactly("DOSE_NOT_AN_ALLOWED_FIXED_DOSE");
        assertThat(intranasal("28", 1, INTRANASAL_28, false)).isEmpty();
    }

    @Test
    void intranasalRefuses55MgAnd57MgAndAccepts56() {
        assertThat(intranasal("55", null, INTRANASAL_56, false)).containsExactly("DOSE_NOT_AN_ALLOWED_FIXED_DOSE");
        assertThat(intranasal("57", null, INTRANASAL_56, false)).containsExactly("DOSE_NOT_AN_ALLOWED_FIXED_DOSE");
        assertThat(intranasal("56", 2, INTRANASAL_56, false)).isEmpty();
    }

    @Test
    void intranasalAllowedDoseThatIsNotThePlansDoseIsRefused() {
        assertThat(intranasal("84", null, INTRANASAL_56, false)).containsExactly("DOSE_DIFFERS_FROM_PLAN");
    }

    @Test
    void theFirstIntranasalDoseOfAPlanIsItsFirstInductionDose() {
        assertThat(intranasal("56", 2, INTRANASAL_28, true)).isEmpty();
        assertThat(intranasal("28", 1, INTRANASAL_28, true)).containsExactly("DOSE_DIFFERS_FROM_PLAN");
    }

    @Test
    void intranasalDeviceCountMustMakeTheDose() {
        assertThat(intranasal("56", 3, INTRANASAL_56, false)).containsExactly("DEVICE_COUNT_MISMATCH");
    }

    @Test
    void aRouteOtherThanTheSessionsIsRefused() {
        assertThat(DoseGate.check(Route.INTRANASAL, Route.IV, new BigDecimal("56"), null, new BigDecimal("70"), INTRANASAL_56,
                v1.rule(Route.INTRANASAL), false)).extracting(Criterion::code).containsExactly("ROUTE_DIFFERS_FROM_SESSION");
    }

    List<String> ivAt300Kg(String mg) {
        return DoseGate.check(Route.IV, Route.IV, new BigDecimal(mg), null, new BigDecimal("300"), IV_HALF_MG_PER_KG, v1.rule(Route.IV), false)
                .stream().map(Criterion::code).toList();
    }

    @Test
    void ivDoseOf150MgIsAtTheRouteCeilingAndPasses() {
        assertThat(ivAt300Kg("150")).isEmpty();
    }

    @Test
    void ivDoseOf150_01MgIsAboveTheRouteCeilingEvenWithinThePlansTolerance() {
        assertThat(ivAt300Kg("150.01")).containsExactly("DOSE_ABOVE_ROUTE_CEILING");
        assertThat(DoseGate.check(Route.IV, Route.IV, new BigDecimal("150.01"), null, new BigDecimal("300"), IV_HALF_MG_PER_KG,
                v1.rule(Route.IV), false).get(0).message()).contains("ceiling of 150 mg per dose of session protocol v1");
    }

    @Test
    void oralLozengeCeilingIs300Mg() {
        PlanDose lozenge = new PlanDose(Route.ORAL_LOZENGE, "MG", new BigDecimal("300"), null, 1);
        assertThat(DoseGate.check(Route.ORAL_LOZENGE, Route.ORAL_LOZENGE, new BigDecimal("300"), null, new BigDecimal("70"), lozenge,
                v1.rule(Route.ORAL_LOZENGE), false)).isEmpty();
        assertThat(DoseGate.check(Route.ORAL_LOZENGE, Route.ORAL_LOZENGE, new BigDecimal("300.01"), null, new BigDecimal("70"), lozenge,
                v1.rule(Route.ORAL_LOZENGE), false)).extracting(Criterion::code).containsExactly("DOSE_ABOVE_ROUTE_CEILING");
    }
}
