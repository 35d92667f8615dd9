package io.ketacare.session.domain.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An integration or follow-up appointment of a patient. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    public UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStatus status;
    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;
    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;
    public String clinician;
    public String notes;
    @Column(name = "booked_by", nullable = false)
    public String bookedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
}
