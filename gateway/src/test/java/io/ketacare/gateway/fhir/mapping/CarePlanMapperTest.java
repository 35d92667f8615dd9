package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import io.ketacare.gateway.client.consent.PlanRecord;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;

class CarePlanMapperTest {

    @Test
    void activePlanIsAnActiveCarePlanReferringToItsMedicationRequestAndIsValidR4() {
        CarePlan plan = CarePlanMapper.toFhir(Records.plan("ACTIVE", "IV"));

        assertThat(plan.getStatus()).isEqualTo(CarePlanStatus.ACTIVE);
        assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(plan.getActivityFirstRep().getReference().getReference())
                .isEqualTo("MedicationRequest/" + FhirIds.of(Records.PATIENT, Records.PLAN));
        assertThat(plan.getActivity()).hasSize(3);
        assertThat(plan.getActivity().get(1).getDetail().getDescription()).isEqualTo("induction: 4 weeks at 2 sessions a week");
        assertThat(plan.getMeta().getVersionId()).isEqualTo("2");
        R4Validation.assertValid(plan);
    }

    @Test
    void planStatusesMapToCarePlanStatuses() {
        assertThat(CarePlanMapper.status("DRAFT")).isEqualTo(CarePlanStatus.DRAFT);
        assertThat(CarePlanMapper.status("COMPLETED")).isEqualTo(CarePlanStatus.COMPLETED);
        assertThat(CarePlanMapper.status("CANCELLED")).isEqualTo(CarePlanStatus.REVOKED);
        assertThat(CarePlanMapper.status("SOMETHING_NEW")).isEqualTo(CarePlanStatus.UNKNOWN);
        R4Validation.assertValid(CarePlanMapper.toFhir(Records.plan("DRAFT", "INTRANASAL")));
    }

    @Test
    void aPausedPlanIsOnHoldAndSoAreItsPhases() {
        CarePlan plan = CarePlanMapper.toFhir(Records.plan("PAUSED", "IV"));

        assertThat(plan.getStatus()).isEqualTo(CarePlanStatus.ONHOLD);
        assertThat(plan.getActivity().get(1).getDetail().getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.ONHOLD);
        R4Validation.assertValid(plan);
    }

    @Test
    void aCompletedPlanEndsItsPeriodWhenItWasCompletedAndIsValidR4() {
        CarePlan plan = CarePlanMapper.toFhir(Records.plan("COMPLETED", "IV"));

        assertThat(plan.getStatus()).isEqualTo(CarePlanStatus.COMPLETED);
        assertThat(plan.getPeriod().getEnd()).isEqualTo(java.util.Date.from(Records.AT.plusSeconds(86400)));
        assertThat(plan.getActivity().get(1).getDetail().getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.COMPLETED);
        R4Validation.assertValid(plan);
    }

    @Test
    void aCancelledPlanIsRevokedAndEndsWhenItWasCancelledButAnActiveOneHasNoEnd() {
        CarePlan cancelled = CarePlanMapper.toFhir(Records.plan("CANCELLED", "INTRANASAL"));

        assertThat(cancelled.getStatus()).isEqualTo(CarePlanStatus.REVOKED);
        assertThat(cancelled.getPeriod().hasEnd()).isTrue();
        assertThat(CarePlanMapper.toFhir(Records.plan("ACTIVE", "IV")).getPeriod().hasEnd()).isFalse();
        R4Validation.assertValid(cancelled);
    }

    @Test
    void twoSessionsAWeekIsFrequencyTwoPerWeekForThePhasesWeeks() {
        Timing.TimingRepeatComponent repeat = CarePlanMapper.timing(new PlanRecord.Phase("induction", 4, new BigDecimal("2"))).getRepeat();

        assertThat(repeat.getFrequency()).isEqualTo(2);
        assertThat(repeat.getPeriod()).isEqualByComparingTo("1");
        assertThat(repeat.getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.WK);
        assertThat(repeat.getBoundsDuration().getValue()).isEqualByComparingTo("4");
    }

    @Test
    void halfASessionAWeekIsOneSessionEveryTwoWeeks() {
        Timing.TimingRepeatComponent repeat = CarePlanMapper.timing(new PlanRecord.Phase("maintenance", 8, new BigDecimal("0.5"))).getRepeat();

        assertThat(repeat.getFrequency()).isEqualTo(1);
        assertThat(repeat.getPeriod()).isEqualByComparingTo("2");
    }
}
