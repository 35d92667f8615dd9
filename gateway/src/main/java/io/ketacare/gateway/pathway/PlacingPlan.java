package io.ketacare.gateway.pathway;

import io.ketacare.gateway.client.consent.PlanRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a patient's plans places them in the pathway, and what its schedule says: the ACTIVE plan
 * (most recently activated), else the PAUSED one, else the COMPLETED one (each the most recently
 * changed). Drafts and cancelled plans place no one.
 */
final class PlacingPlan {

    private static final Comparator<Instant> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private PlacingPlan() {
    }

    static Optional<PlanRecord> of(List<PlanRecord> plans) {
        return latest(plans, "ACTIVE").or(() -> latest(plans, "PAUSED")).or(() -> latest(plans, "COMPLETED"));
    }

    /** The plan in that status changed (or, for ACTIVE, activated) last. */
    static Optional<PlanRecord> latest(List<PlanRecord> plans, String status) {
        Comparator<PlanRecord> order = "ACTIVE".equals(status)
                ? Comparator.comparing(PlanRecord::activatedAt, NULLS_FIRST)
                : Comparator.comparing(PlanRecord::statusChangedAt, NULLS_FIRST);
        return plans.stream().filter(p -> status.equals(p.status())).max(order);
    }

    /** A plan whose schedule has a maintenance phase and no induction phase. */
    static boolean maintenanceOnly(PlanRecord plan) {
        List<PlanRecord.Phase> phases = plan.phasesOrEmpty();
        return phases.stream().noneMatch(p -> named(p, "induction")) && phases.stream().anyMatch(p -> named(p, "maintenance"));
    }

    /**
     * Sessions of the phase named induction (else, unless the plan is maintenance only, the first
     * phase): its weeks times its sessions a week.
     */
    static int inductionSessions(PlanRecord plan) {
        List<PlanRecord.Phase> phases = plan.phasesOrEmpty();
        if (phases.isEmpty() || maintenanceOnly(plan)) {
            return 0;
        }
        PlanRecord.Phase induction = phases.stream().filter(p -> named(p, "induction")).findFirst().orElse(phases.get(0));
        return BigDecimal.valueOf(induction.weeks()).multiply(induction.sessionsPerWeek()).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    private static boolean named(PlanRecord.Phase phase, String name) {
        return name.equalsIgnoreCase(phase.name() == null ? "" : phase.name().trim());
    }
}
