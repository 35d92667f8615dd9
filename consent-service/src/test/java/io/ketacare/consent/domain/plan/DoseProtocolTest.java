package io.ketacare.consent.domain.plan;

import static io.ketacare.consent.domain.plan.ProtocolV1.dose;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.problem.Criterion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoseProtocolTest {

    final DoseProtocol protocol = ProtocolV1.protocol();

    List<String> failed(DoseRule rule) {
        return protocol.check(rule).stream().map(Criterion::code).toList();
    }

    @Test
    void ivDoseOf0point1MgPerKgIsAccepted() {
        assertThat(failed(dose(Route.IV, DoseUnit.MG_PER_KG, "0.1"))).isEmpty();
    }

    @Test
    void ivDoseOf1point0MgPerKgIsAccepted() {
        assertThat(failed(dose(Route.IV, DoseUnit.MG_PER_KG, "1.0"))).isEmpty();
    }

    @Test
    void ivDoseOf0point09MgPerKgIsRefused() {
        assertThat(protocol.check(dose(Route.IV, DoseUnit.MG_PER_KG, "0.09"))).extracting(Criterion::code, Criterion::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DOSE_BELOW_MINIMUM", "0.09 mg/kg is below the IV minimum of 0.1 mg/kg (protocol v1)"));
    }

    @Test
    void ivDoseOf1point01MgPerKgIsRefused() {
        assertThat(failed(dose(Route.IV, DoseUnit.MG_PER_KG, "1.01"))).containsExactly("DOSE_ABOVE_MAXIMUM");
    }

    @Test
    void imDoseOf0point1And1point0MgPerKgAreAcceptedAnd1point01Refused() {
        assertThat(failed(dose(Route.IM, DoseUnit.MG_PER_KG, "0.1"))).isEmpty();
        assertThat(failed(dose(Route.IM, DoseUnit.MG_PER_KG, "1.0"))).isEmpty();
        assertThat(failed(dose(Route.IM, DoseUnit.MG_PER_KG, "0.09"))).containsExactly("DOSE_BELOW_MINIMUM");
        assertThat(failed(dose(Route.IM, DoseUnit.MG_PER_KG, "1.01"))).containsExactly("DOSE_ABOVE_MAXIMUM");
    }

    @Test
    void ivFixedMgDoseIsRefusedAsTheWrongUnit() {
        assertThat(failed(dose(Route.IV, DoseUnit.MG, "35"))).containsExactly("DOSE_UNIT_NOT_ALLOWED");
    }

    @Test
    void oralDoseOf0point25And7point0MgPerKgAreAccepted() {
        assertThat(failed(dose(Route.ORAL_LOZENGE, DoseUnit.MG_PER_KG, "0.25"))).isEmpty();
        assertThat(failed(dose(Route.ORAL_LOZENGE, DoseUnit.MG_PER_KG, "7.0"))).isEmpty();
    }

    @Test
    void oralDoseOf0point24And7point01MgPerKgAreRefused() {
        assertThat(failed(dose(Route.ORAL_LOZENGE, DoseUnit.MG_PER_KG, "0.24"))).containsExactly("DOSE_BELOW_MINIMUM");
        assertThat(failed(dose(Route.ORAL_LOZENGE, DoseUnit.MG_PER_KG, "7.01"))).containsExactly("DOSE_ABOVE_MAXIMUM");
    }

    @Test
    void oralFixed25And300MgAreAcceptedAnd24And301Refused() {
        assertThat(failed(dose(Route.ORAL_LOZENGE, DoseUnit.MG, "25"))).isEmpty();
        assertThat(failed(dose(Route.ORAL_LOZENGE, DoseUnit.MG, "300"))).isEmpty();
        assertThat(failed(dose(Route.ORAL_LOZENGE, DoseUnit.MG, "24"))).containsExactly("DOSE_BELOW_MINIMUM");
        assertThat(failed(dose(Route.ORAL_LOZENGE, DoseUnit.MG, "301"))).containsExactly("DOSE_ABOVE_MAXIMUM");
    }

    @Test
    void intranasal28mgIsAccepted() {
        assertThat(failed(dose(Route.INTRANASAL, DoseUnit.MG, "28"))).isEmpty();
    }

    @Test
    void intranasal56And84mgAreAccepted() {
        assertThat(failed(dose(Route.INTRANASAL, DoseUnit.MG, "56"))).isEmpty();
        assertThat(failed(dose(Route.INTRANASAL, DoseUnit.MG, "84"))).isEmpty();
    }

    @Test
    void intranasal27mgIsRefused() {
        assertThat(protocol.check(dose(Route.INTRANASAL, DoseUnit.MG, "27"))).extracting(Criterion::code).containsExactly("DOSE_NOT_ALLOWED");
        assertThat(protocol.check(dose(Route.INTRANASAL, DoseUnit.MG, "27")).get(0).message()).contains("28, 56, 84 mg");
    }

    @Test
    void intranasal29And85mgAreRefused() {
        assertThat(failed(dose(Route.INTRANASAL, DoseUnit.MG, "29"))).containsExactly("DOSE_NOT_ALLOWED");
        assertThat(failed(dose(Route.INTRANASAL, DoseUnit.MG, "85"))).containsExactly("DOSE_NOT_ALLOWED");
    }

    @Test
    void intranasalPerKgIsRefusedAsTheWrongUnit() {
        assertThat(failed(dose(Route.INTRANASAL, DoseUnit.MG_PER_KG, "0.5"))).containsExactly("DOSE_UNIT_NOT_ALLOWED");
    }

    @Test
    void intranasalFirstInductionDoseDefaultsTo56() {
        assertThat(protocol.withDefaults(dose(Route.INTRANASAL, DoseUnit.MG, "84")).firstDoseMg()).isEqualByComparingTo("56");
    }

    @Test
    void intranasalFirstInductionDoseOf28mgIsRefused() {
        DoseRule rule = new DoseRule(Route.INTRANASAL, DoseUnit.MG, new BigDecimal("56"), new BigDecimal("28"), null);
        assertThat(failed(rule)).containsExactly("FIRST_INDUCTION_DOSE");
    }

    @Test
    void ivInfusionDefaultsTo40Minutes() {
        assertThat(protocol.withDefaults(dose(Route.IV, DoseUnit.MG_PER_KG, "0.5")).infusionMinutes()).isEqualTo(40);
    }

    @Test
    void ivInfusionOf2And100MinutesIsAcceptedAnd1And101Refused() {
        assertThat(failed(new DoseRule(Route.IV, DoseUnit.MG_PER_KG, new BigDecimal("0.5"), null, 2))).isEmpty();
        assertThat(failed(new DoseRule(Route.IV, DoseUnit.MG_PER_KG, new BigDecimal("0.5"), null, 100))).isEmpty();
        assertThat(failed(new DoseRule(Route.IV, DoseUnit.MG_PER_KG, new BigDecimal("0.5"), null, 1))).containsExactly("INFUSION_DURATION_OUT_OF_RANGE");
        assertThat(failed(new DoseRule(Route.IV, DoseUnit.MG_PER_KG, new BigDecimal("0.5"), null, 101))).containsExactly("INFUSION_DURATION_OUT_OF_RANGE");
    }

    @Test
    void everyFailedCriterionIsListed() {
        DoseRule rule = new DoseRule(Route.IM, DoseUnit.MG_PER_KG, new BigDecimal("2"), new BigDecimal("56"), 40);
        assertThat(failed(rule)).containsExactly("DOSE_ABOVE_MAXIMUM", "FIRST_DOSE_NOT_APPLICABLE", "INFUSION_DURATION_NOT_APPLICABLE");
    }
}
