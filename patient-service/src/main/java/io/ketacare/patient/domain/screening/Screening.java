package io.ketacare.patient.domain.screening;

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

/** A medical screening: vitals and answers, the outcome of the protocol's rules and, if needed, the clinician's review. */
@Entity
@Table(name = "screening")
public class Screening {

    @Id
    public UUID id;
    @Column(name = "patient_id", nullable = false)
    public UUID patientId;
    @Column(name = "protocol_version", nullable = false)
    public int protocolVersion;
    @Column(name = "screened_at", nullable = false)
    public Instant screenedAt;
    @Column(name = "screened_by", nullable = false)
    public String screenedBy;
    @Column(name = "systolic_mmhg", nullable = false)
    public int systolicMmHg;
    @Column(name = "diastolic_mmhg", nullable = false)
    public int diastolicMmHg;
    @Column(name = "heart_rate_bpm")
    public Integer heartRateBpm;
    @Column(name = "spo2_percent")
    public Integer spo2Percent;
    @Column(name = "weight_kg")
    public BigDecimal weightKg;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Answer pregnant;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Answer breastfeeding;
    @Enumerated(EnumType.STRING)
    @Column(name = "ketamine_hypersensitivity", nullable = false)
    public Answer ketamineHypersensitivity;
    @Enumerated(EnumType.STRING)
    @Column(name = "active_psychosis_or_mania", nullable = false)
    public Answer activePsychosisOrMania;
    @Column(name = "cssrs_assessment_id")
    public UUID cssrsAssessmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "screening_finding", joinColumns = @JoinColumn(name = "screening_id"))
    @OrderColumn(name = "position")
    public List<RecordedFinding> findings = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "review_decision")
    public ReviewDecision reviewDecision;
    @Column(name = "review_reason")
    public String reviewReason;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Version
    public long version;

    public static Screening record(UUID patientId, int protocolVersion, Vitals vitals, ScreeningAnswers answers,
            UUID cssrsAssessmentId, Evaluation evaluation, String screenedBy, Instant at) {
        Screening s = new Screening();
        s.id = UUID.randomUUID();
        s.patientId = patientId;
        s.protocolVersion = protocolVersion;
        s.screenedAt = at;
        s.screenedBy = screenedBy;
        s.systolicMmHg = vitals.systolicMmHg();
        s.diastolicMmHg = vitals.diastolicMmHg();
        s.heartRateBpm = vitals.heartRateBpm();
        s.spo2Percent = vitals.spo2Percent();
        s.weightKg = vitals.weightKg();
        s.pregnant = answers.pregnant();
        s.breastfeeding = answers.breastfeeding();
        s.ketamineHypersensitivity = answers.ketamineHypersensitivity();
        s.activePsychosisOrMania = answers.activePsychosisOrMania();
        s.cssrsAssessmentId = cssrsAssessmentId;
        s.outcome = evaluation.outcome();
        evaluation.findings().forEach(f -> s.findings.add(RecordedFinding.of(f)));
        return s;
    }

    public void review(ReviewDecision decision, String reason, String reviewer, Instant at) {
        this.reviewDecision = decision;
        this.reviewReason = reason;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    public boolean isReviewed() {
        return reviewDecision != null;
    }

    /** The decision in force: the review's, else the rules'. */
    public Outcome decision() {
        return isReviewed() ? Outcome.valueOf(reviewDecision.name()) : outcome;
    }

    public Instant decidedAt() {
        return isReviewed() ? reviewedAt : screenedAt;
    }

    public List<Finding> findingList() {
        return findings.stream().map(RecordedFinding::toFinding).toList();
    }

    public Vitals vitals() {
        return new Vitals(systolicMmHg, diastolicMmHg, heartRateBpm, spo2Percent, weightKg);
    }

    public ScreeningAnswers answers() {
        return new ScreeningAnswers(pregnant, breastfeeding, ketamineHypersensitivity, activePsychosisOrMania);
    }
}
