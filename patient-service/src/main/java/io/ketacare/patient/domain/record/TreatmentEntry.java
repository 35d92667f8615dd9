package io.ketacare.patient.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One prior treatment: an antidepressant trial, psychotherapy, ECT or TMS. */
@Entity
@Table(name = "treatment_history")
public class TreatmentEntry {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "treatment_type", nullable = false)
    public TreatmentType type;

    public String drug;

    @Column(name = "daily_dose_mg")
    public BigDecimal dailyDoseMg;

    @Column(name = "duration_weeks")
    public Integer durationWeeks;

    public Boolean adequate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TreatmentOutcome outcome;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static TreatmentEntry record(UUID patientId, TreatmentData data, String recordedBy, Instant at) {
        TreatmentEntry entry = new TreatmentEntry();
        entry.id = UUID.randomUUID();
        entry.patientId = patientId;
        entry.type = data.type();
        entry.drug = data.drug();
        entry.dailyDoseMg = data.dailyDoseMg();
        entry.durationWeeks = data.durationWeeks();
        entry.adequate = data.adequate();
        entry.outcome = data.outcome();
        entry.startDate = data.startDate();
        entry.endDate = data.endDate();
        entry.note = data.note();
        entry.recordedBy = recordedBy;
        entry.createdAt = at;
        return entry;
    }

    /** An adequate antidepressant trial that brought neither response nor remission. */
    public boolean isFailedAdequateTrial() {
        return type == TreatmentType.ANTIDEPRESSANT_TRIAL && Boolean.TRUE.equals(adequate) && outcome.isFailure();
    }
}
