package io.ketacare.consent.domain.plan;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One immutable version of a treatment plan: as drafted (version 1) or as revised, with the rationale. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "treatment_plan_version")
public class PlanVersion {

    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(name = "plan_version", nullable = false)
    public int planVersion;
    @Column(name = "protocol_version", nullable = false)
    public int protocolVersion;
    @Column(nullable = false)
    public String indication;
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
    @CollectionTable(name = "treatment_plan_version_phase", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<Phase> phases = new ArrayList<>();
    public String rationale;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static PlanVersion snapshot(TreatmentPlan plan, String rationale, String by, Instant at) {
        PlanVersion v = new PlanVersion();
        v.id = UUID.randomUUID();
        v.planId = plan.id;
        v.planVersion = plan.planVersion;
        v.protocolVersion = plan.protocolVersion;
        v.indication = plan.indication;
        v.doseUnit = plan.doseUnit;
        v.doseValue = plan.doseValue;
        v.firstDoseMg = plan.firstDoseMg;
        v.infusionMinutes = plan.infusionMinutes;
        v.estimatedSessions = plan.estimatedSessions;
        v.phases = plan.phases.stream().map(p -> Phase.of(p.name, p.weeks, p.sessionsPerWeek)).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        v.rationale = rationale;
        v.recordedBy = by;
        v.recordedAt = at;
        return v;
    }
}
