package io.ketacare.consent.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A consent document, identified by its code; its content lives in published versions. */
@Entity
@Table(name = "consent_document")
public class ConsentDocument {

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static ConsentDocument author(String code, String title, String by, Instant at) {
        ConsentDocument document = new ConsentDocument();
        document.code = code;
        document.title = title;
        document.createdBy = by;
        document.createdAt = at;
        return document;
    }
}
