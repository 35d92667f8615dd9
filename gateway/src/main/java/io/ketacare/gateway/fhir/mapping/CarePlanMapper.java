package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.consent.PlanRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;

/**
 * A treatment plan → CarePlan (intent plan) with one activity referring to the plan's
 * MedicationRequest and one per schedule phase (weeks and sessions a week as a timing). Status:
 * DRAFT → draft, ACTIVE → active, PAUSED → on-hold, COMPLETED → completed, CANCELLED → revoked, anything else → unknown.
 * A completed or cancelled plan's period ends when it was completed or cancelled.
 */
public final class CarePlanMapper {

    private CarePlanMapper() {
    }

    public static CarePlan toFhir(PlanRecord p) {
        CarePlan plan = new CarePlan();
        plan.setId(FhirIds.of(p.patientId(), p.id()));
        plan.getMeta().setVersionId(String.valueOf(p.planVersion()));
        CarePlanStatus status = status(p.status());
        plan.setStatus(status);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("Ketamine treatment plan, version " + p.planVersion());
        plan.setDescription(p.indication() + "; " + p.estimatedSessions() + " sessions estimated");
        plan.setSubject(Fhir.patient(p.patientId()));
        plan.setCreatedElement(Fhir.dateTime(p.createdAt()));
        if (p.activatedAt() != null) {
            plan.getPeriod().setStartElement(Fhir.dateTime(p.activatedAt()));
        }
        if ((status == CarePlanStatus.COMPLETED || status == CarePlanStatus.REVOKED) && p.statusChangedAt() != null) {
            plan.getPeriod().setEndElement(Fhir.dateTime(p.statusChangedAt()));
        }
        plan.setAuthor(Fhir.user(p.prescriber()));
        plan.addActivity().setReference(new Reference("MedicationRequest/" + FhirIds.of(p.patientId(), p.id())));
        for (PlanRecord.Phase phase : p.phasesOrEmpty()) {
            CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setKind(CarePlan.CarePlanActivityKind.APPOINTMENT);
            detail.setStatus(activityStatus(status));
            detail.setDescription(phase.name() + ": " + phase.weeks() + " weeks at " + phase.sessionsPerWeek().stripTrailingZeros().toPlainString()
                    + " sessions a week");
            detail.setScheduled(timing(phase));
        }
        return plan;
    }

    /** DRAFT → draft, ACTIVE → active, PAUSED → on-hold, COMPLETED → completed, CANCELLED → revoked, anything else → unknown. */
    public static CarePlanStatus status(String status) {
        return switch (status == null ? "" : status) {
            case "DRAFT" -> CarePlanStatus.DRAFT;
            case "ACTIVE" -> CarePlanStatus.ACTIVE;
            case "PAUSED" -> CarePlanStatus.ONHOLD;
            case "COMPLETED" -> CarePlanStatus.COMPLETED;
            case "CANCELLED" -> CarePlanStatus.REVOKED;
            default -> CarePlanStatus.UNKNOWN;
        };
    }

    static CarePlanActivityStatus activityStatus(CarePlanStatus plan) {
        return switch (plan) {
            case ACTIVE -> CarePlanActivityStatus.INPROGRESS;
            case ONHOLD -> CarePlanActivityStatus.ONHOLD;
            case COMPLETED -> CarePlanActivityStatus.COMPLETED;
            case REVOKED -> CarePlanActivityStatus.CANCELLED;
            case DRAFT -> CarePlanActivityStatus.NOTSTARTED;
            default -> CarePlanActivityStatus.UNKNOWN;
        };
    }

    /**
     * A phase's schedule: a whole number of sessions a week is that frequency per week; fewer than
     * one a week is one session every 1/n weeks (0.5 → every 2 weeks); bounded by the phase's weeks.
     */
    public static Timing timing(PlanRecord.Phase phase) {
        Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent();
        BigDecimal perWeek = phase.sessionsPerWeek();
        if (perWeek.compareTo(BigDecimal.ONE) >= 0 && perWeek.stripTrailingZeros().scale() <= 0) {
            repeat.setFrequency(perWeek.intValueExact()).setPeriod(1);
        } else {
            repeat.setFrequency(1).setPeriod(BigDecimal.ONE.divide(perWeek, 2, RoundingMode.HALF_UP).stripTrailingZeros());
        }
        repeat.setPeriodUnit(Timing.UnitsOfTime.WK);
        Duration bounds = new Duration();
        bounds.setValue(phase.weeks()).setUnit("wk").setSystem(Codes.UCUM).setCode("wk");
        repeat.setBounds(bounds);
        return new Timing().setRepeat(repeat);
    }
}
