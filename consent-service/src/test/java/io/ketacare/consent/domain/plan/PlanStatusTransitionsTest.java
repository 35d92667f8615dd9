package io.ketacare.consent.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanStatusTransitionsTest {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    static TreatmentPlan in(PlanStatus status) {
        TreatmentPlan plan = TreatmentPlan.draft(UUID.randomUUID(), "TRD", new DoseRule(Route.IV, DoseUnit.MG_PER_KG, new BigDecimal("0.5"), null, 40),
                1, List.of(Phase.of("induction", 3, new BigDecimal("2"))), 6, "clinician1", NOW);
        plan.status = status;
        return plan;
    }

    @Test
    void anActivePlanCanBePausedWithItsReasonKept() {
        TreatmentPlan plan = in(PlanStatus.ACTIVE);
        plan.change(PlanStatus.PAUSED, "BP 182/112 in session 3", "clinician1", NOW);
        assertThat(plan.status).isEqualTo(PlanStatus.PAUSED);
        assertThat(plan.statusReason).isEqualTo("BP 182/112 in session 3");
        assertThat(plan.statusChangedBy).isEqualTo("clinician1");
        assertThat(plan.statusChangedAt).isEqualTo(NOW);
    }

    @Test
    void aPausedPlanCanBeResumedCompletedOrCancelled() {
        for (PlanStatus to : List.of(PlanStatus.ACTIVE, PlanStatus.COMPLETED, PlanStatus.CANCELLED)) {
            TreatmentPlan plan = in(PlanStatus.PAUSED);
            plan.change(to, "reason", "clinician1", NOW);
            assertThat(plan.status).isEqualTo(to);
        }
    }

    @Test
    void aDraftCanOnlyBeCancelledHereActivationHasItsOwnPrerequisites() {
        in(PlanStatus.DRAFT).change(PlanStatus.CANCELLED, "drafted in error", "clinician1", NOW);
        for (PlanStatus to : List.of(PlanStatus.ACTIVE, PlanStatus.PAUSED, PlanStatus.COMPLETED)) {
            assertThatThrownBy(() -> in(PlanStatus.DRAFT).change(to, "r", "clinician1", NOW)).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("is DRAFT");
        }
    }

    @Test
    void anActivePlanCannotBeResumedOrRedrafted() {
        assertThatThrownBy(() -> in(PlanStatus.ACTIVE).change(PlanStatus.ACTIVE, "r", "clinician1", NOW))
                .isInstanceOf(ProblemException.class).hasMessageContaining("is ACTIVE").hasMessageContaining("PAUSED");
        assertThatThrownBy(() -> in(PlanStatus.ACTIVE).change(PlanStatus.DRAFT, "r", "clinician1", NOW)).isInstanceOf(ProblemException.class);
    }

    @Test
    void completedAndCancelledPlansAreFinal() {
        for (PlanStatus end : List.of(PlanStatus.COMPLETED, PlanStatus.CANCELLED)) {
            for (PlanStatus to : PlanStatus.values()) {
                assertThatThrownBy(() -> in(end).change(to, "r", "clinician1", NOW)).isInstanceOf(ProblemException.class)
                        .hasMessageContaining("is " + end).hasMessageContaining("[]");
            }
        }
    }
}
