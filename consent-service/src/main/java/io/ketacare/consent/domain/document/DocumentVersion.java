package io.ketacare.consent.domain.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A published version of a consent document. Immutable once published (the database refuses changes too). */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "consent_document_version")
public class DocumentVersion {

    @Id
    public UUID id;

    @Column(name = "document_code", nullable = false)
    public String documentCode;

    @Column(nullable = false)
    public int number;

    @Column(name = "procedure_text", nullable = false)
    public String procedure;

    @Column(nullable = false)
    public String risks;

    @Column(nullable = false)
    public String benefits;

    @Column(nullable = false)
    public String alternatives;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_document_route", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "route")
    @Column(name = "section", nullable = false)
    public Map<Route, String> routeSections = new EnumMap<>(Route.class);

    @Column(name = "validity_days", nullable = false)
    public int validityDays;

    @Column(nullable = false)
    public boolean material;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    public static DocumentVersion publish(String documentCode, int number, DocumentContent content, String by, Instant at) {
        DocumentVersion v = new DocumentVersion();
        v.id = UUID.randomUUID();
        v.documentCode = documentCode;
        v.number = number;
        v.procedure = content.procedure();
        v.risks = content.risks();
        v.benefits = content.benefits();
        v.alternatives = content.alternatives();
        v.routeSections = new EnumMap<>(content.routeSections());
        v.validityDays = content.validityOrDefault();
        v.material = content.material();
        v.publishedBy = by;
        v.publishedAt = at;
        return v;
    }

    public Set<Route> routes() {
        return routeSections.keySet();
    }

    public boolean covers(Route route) {
        return routeSections.containsKey(route);
    }
}
