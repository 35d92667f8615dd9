package io.ketacare.session.domain.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An adverse event during a session; open while its outcome is ONGOING. */
@Entity
@Table(name = "adverse_event")
public class AdverseEvent {

    @Id
    public UUID id;
    @Column(name = "session_id", nullable = false, updatable = false)
    public UUID sessionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdverseEventType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;
    public String description;
    @Column(name = "action_taken", nullable = false)
    public String actionTaken;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdverseEventOutcome outcome;
    @Column(name = "onset_at", nullable = false)
    public Instant onsetAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "outcome_note")
    public String outcomeNote;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Version
    public long version;

    public boolean isOpen() {
        return outcome == AdverseEventOutcome.ONGOING;
    }

    public boolean isOpenAndSevere() {
        return isOpen() && severity.isSevere();
    }
}
