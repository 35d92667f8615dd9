package io.ketacare.consent.domain.plan;

import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.problem.ProblemException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A patient's treatment plan: drafted within the route protocol by a prescriber, then activated. */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan {

    @Id
    public UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;
    @Column(name = "plan_version", nullable = false)
    public int planVersion;
    @Column(name = "protocol_version", nullable = false)
    public int protocolVersion;
    @Column(nullable = false)
    public String indication;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;
    @Enumerated(EnumType.STRING)
    @Column(name = "dose_unit", nullable = false)
    public DoseUnit doseUnit;
    @Column(name = "dose_value", nullable = false)
    public BigDecimal doseValue;
    @Column(name = "first_dose_mg")
    public BigDecimal firstDoseMg;
    @Column(name = "infusion_minutes")
    public Integer infusionMinutes;
    @Column(name = "estimated_sessions", nullable = false)
    public int estimatedSessions;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "treatment_plan_phase", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<Phase> phases = new ArrayList<>();
    @Column(nullable = false)
    public String prescriber;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "activated_by")
    public String activatedBy;
    @Column(name = "activated_at")
    public Instant activatedAt;
    @Column(name = "status_changed_by")
    public String statusChangedBy;
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
    @Column(name = "status_reason")
    public String statusReason;
    @Version
    public long version;

    public static TreatmentPlan draft(UUID patientId, String indication, DoseRule dose, int protocolVersion, List<Phase> phases,
            int estimatedSessions, String prescriber, Instant at) {
        TreatmentPlan plan = new TreatmentPlan();
        plan.id = UUID.randomUUID();
        plan.patientId = patientId;
        plan.status = PlanStatus.DRAFT;
        plan.planVersion = 1;
        plan.protocolVersion = protocolVersion;
        plan.indication = indication;
        plan.route = dose.route();
        plan.doseUnit = dose.unit();
        plan.doseValue = dose.dose();
        plan.firstDoseMg = dose.firstDoseMg();
        plan.infusionMinutes = dose.infusionMinutes();
        plan.phases = new ArrayList<>(phases);
        plan.estimatedSessions = estimatedSessions;
        plan.prescriber = prescriber;
        plan.createdAt = at;
        return plan;
    }

    public void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw illegal("activate", PlanStatus.ACTIVE);
        }
    }

    public void activate(String by, Instant at) {
        requireDraft();
        status = PlanStatus.ACTIVE;
        activatedBy = by;
        activatedAt = at;
    }

    /** Pause, resume (to ACTIVE), complete or cancel, with the reason; any other change is a 409 naming the allowed ones. */
    public void change(PlanStatus to, String reason, String by, Instant at) {
        if (to == PlanStatus.DRAFT || (to == PlanStatus.ACTIVE && status != PlanStatus.PAUSED) || !status.next().contains(to)) {
            throw illegal("move to " + to, to);
        }
        status = to;
        statusReason = reason;
        statusChangedBy = by;
        statusChangedAt = at;
    }

    private ProblemException illegal(String action, PlanStatus to) {
        return ProblemException.conflict("illegal-plan-transition", "Illegal plan transition",
                "Cannot " + action + " a plan that is " + status + "; from " + status + " it may go to " + status.next());
    }

    /** A revision: the next plan version with new content; the route stays, the old versions are kept as snapshots. */
    public void revise(String newIndication, DoseRule dose, int newProtocolVersion, List<Phase> newPhases, int newEstimatedSessions) {
        planVersion++;
        protocolVersion = newProtocolVersion;
        indication = newIndication;
        doseUnit = dose.unit();
        doseValue = dose.dose();
        firstDoseMg = dose.firstDoseMg();
        infusionMinutes = dose.infusionMinutes();
        phases.clear();
        phases.addAll(newPhases);
        estimatedSessions = newEstimatedSessions;
    }
}
