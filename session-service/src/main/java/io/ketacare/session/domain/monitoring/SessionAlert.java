package io.ketacare.session.domain.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An alert raised on a session: by a reading beyond the alert limits, or by a due time point that passed. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "session_alert")
public class SessionAlert {

    @Id
    public UUID id;
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertKind kind;
    @Column(nullable = false)
    public String message;
    /** The reading that raised it; null for an alert about the session's timeline (e.g. a missed time point). */
    @Column(name = "reading_id")
    public UUID readingId;
    /** The due time point the alert is about (missed vitals, a session not closed in time); null otherwise. */
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;
}
