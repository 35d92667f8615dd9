package io.ketacare.consent.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A question the patient asked about a consent and the clinician's answer. Never changed. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "consent_question")
public class ConsentQuestion {

    @Id
    public UUID id;

    @Column(name = "consent_id", nullable = false)
    public UUID consentId;

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String answer;

    @Column(name = "answered_by", nullable = false)
    public String answeredBy;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    public static ConsentQuestion record(UUID consentId, String question, String answer, String by, Instant at) {
        ConsentQuestion q = new ConsentQuestion();
        q.id = UUID.randomUUID();
        q.consentId = consentId;
        q.question = question;
        q.answer = answer;
        q.answeredBy = by;
        q.askedAt = at;
        return q;
    }
}
