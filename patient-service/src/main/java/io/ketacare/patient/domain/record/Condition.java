package io.ketacare.patient.domain.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A diagnosis or a psychiatric or medical history item. Never deleted; a correction is a new version. */
@Entity
@Table(name = "condition")
public class Condition {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConditionKind kind;

    @Column(name = "icd10_code")
    public String icd10Code;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConditionStatus status;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Column(name = "onset_date")
    public LocalDate onsetDate;

    @Column(name = "last_use_date")
    public LocalDate lastUseDate;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Condition record(UUID patientId, ConditionData data, String recordedBy, Instant at) {
        Condition condition = new Condition();
        condition.id = UUID.randomUUID();
        condition.patientId = patientId;
        condition.recordedBy = recordedBy;
        condition.createdAt = at;
        condition.revise(data, at);
        return condition;
    }

    public void revise(ConditionData data, Instant at) {
        this.kind = data.kind();
        this.icd10Code = data.icd10Code();
        this.description = data.description();
        this.status = data.status();
        this.severity = data.severity();
        this.onsetDate = data.onsetDate();
        this.lastUseDate = data.lastUseDate();
        this.note = data.note();
        this.updatedAt = at;
    }
}
