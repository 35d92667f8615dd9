package io.ketacare.session.domain.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stored vitals reading (written in batches by {@link VitalsRecorder}, read through Hibernate). */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "vital_reading")
public class VitalReading {

    @Id
    public UUID id;
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;
    @Column(name = "client_reading_id", nullable = false)
    public String clientReadingId;
    @Column(name = "measured_at", nullable = false)
    public Instant measuredAt;
    public Integer systolic;
    public Integer diastolic;
    @Column(name = "heart_rate")
    public Integer heartRate;
    public Integer spo2;
    @Column(name = "respiratory_rate")
    public Integer respiratoryRate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReadingSource source;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** Charted more than the charting allowance after it was measured, or after the session ended. */
    @Column(name = "late_entry", nullable = false)
    public boolean lateEntry;
    /** Why it was charted late, as the sender gave it. */
    @Column(name = "late_entry_reason")
    public String lateEntryReason;

    public boolean hasBloodPressure() {
        return systolic != null && diastolic != null;
    }
}
