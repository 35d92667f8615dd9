package io.ketacare.session.domain.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A sedation (MOAA/S) or dissociation (CADSS) score rated during a session. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "session_score")
public class SessionScore {

    @Id
    public UUID id;
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoreInstrument instrument;
    @Column(nullable = false)
    public int score;
    @Column(name = "measured_at", nullable = false)
    public Instant measuredAt;
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
}
