package io.ketacare.session.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a session, kept for its history (never rewritten). */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "session_event")
public class SessionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;
    @Column(nullable = false)
    public String type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;
    @Column(name = "room_id", nullable = false)
    public UUID roomId;
    @Column(name = "starts_at", nullable = false)
    public Instant start;
    @Column(name = "ends_at", nullable = false)
    public Instant end;
    public String detail;
    @Column(nullable = false)
    public String actor;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The length of the detail column: a longer detail is cut, with an ellipsis. */
    static final int DETAIL_LENGTH = 500;

    public static SessionEvent of(Session s, String type, String detail, String actor, Instant at) {
        SessionEvent e = new SessionEvent();
        e.sessionId = s.id;
        e.type = type;
        e.status = s.status;
        e.roomId = s.roomId;
        e.start = s.start;
        e.end = s.end;
        e.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH - 3) + "...";
        e.actor = actor;
        e.occurredAt = at;
        return e;
    }
}
