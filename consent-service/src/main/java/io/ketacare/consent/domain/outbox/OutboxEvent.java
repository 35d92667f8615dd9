package io.ketacare.consent.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One consent or plan state change, in the order it was recorded. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long sequence;
    @Column(nullable = false)
    public UUID id;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;
    @Column(name = "aggregate_id", nullable = false)
    public UUID aggregateId;
    @Column(name = "patient_id", nullable = false)
    public UUID patientId;
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public String status;
    @Column(name = "aggregate_version", nullable = false)
    public int aggregateVersion;

    public static OutboxEvent of(String aggregateType, UUID aggregateId, UUID patientId, String type, String status, int version, Instant at) {
        OutboxEvent e = new OutboxEvent();
        e.id = UUID.randomUUID();
        e.occurredAt = at;
        e.aggregateType = aggregateType;
        e.aggregateId = aggregateId;
        e.patientId = patientId;
        e.type = type;
        e.status = status;
        e.aggregateVersion = version;
        return e;
    }
}
