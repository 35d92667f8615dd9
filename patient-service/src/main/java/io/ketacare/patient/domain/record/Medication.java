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

/** A medication the patient takes or took. Never deleted: stopped or entered in error instead. */
@Entity
@Table(name = "medication")
public class Medication {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "medication_class", nullable = false)
    public MedicationClass medicationClass;

    @Column(name = "daily_dose_mg")
    public BigDecimal dailyDoseMg;

    @Column(name = "lorazepam_equivalent_mg")
    public BigDecimal lorazepamEquivalentMgPerDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MedicationStatus status;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Medication record(UUID patientId, MedicationData data, String recordedBy, Instant at) {
        Medication medication = new Medication();
        medication.id = UUID.randomUUID();
        medication.patientId = patientId;
        medication.recordedBy = recordedBy;
        medication.createdAt = at;
        medication.revise(data, at);
        return medication;
    }

    public void revise(MedicationData data, Instant at) {
        this.name = data.name();
        this.medicationClass = data.medicationClass();
        this.dailyDoseMg = data.dailyDoseMg();
        this.lorazepamEquivalentMgPerDay = data.lorazepamEquivalentMgPerDay();
        this.status = data.status();
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.note = data.note();
        this.updatedAt = at;
    }
}
