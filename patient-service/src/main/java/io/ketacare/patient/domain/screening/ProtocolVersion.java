package io.ketacare.patient.domain.screening;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A published screening protocol version (seeded by Flyway, never changed once published). */
@Entity
@Table(name = "screening_protocol")
public class ProtocolVersion {

    @Id
    public int version;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(nullable = false)
    public String title;

    @Column(name = "trd_min_failed_trials", nullable = false)
    public int trdMinFailedTrials;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "screening_rule", joinColumns = @JoinColumn(name = "protocol_version"))
    @OrderBy("ordinal")
    public List<ProtocolRuleRow> rules = new ArrayList<>();

    public Protocol toProtocol() {
        return new Protocol(version, publishedAt, title, trdMinFailedTrials, rules.stream().map(ProtocolRuleRow::toRule).toList());
    }
}
