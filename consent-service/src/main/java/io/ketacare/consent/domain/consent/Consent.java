package io.ketacare.consent.domain.consent;

import io.ketacare.consent.domain.document.DocumentVersion;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A document version presented to a patient. PENDING until the patient's signature and a clinician's
 * witness are both recorded, then ACTIVE until it expires (validity of the version) or is withdrawn.
 * Every other transition is refused with a 409 naming the current state.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    public UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_version_id", nullable = false, updatable = false)
    public DocumentVersion documentVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentStatus status;
    @Column(name = "presented_by", nullable = false)
    public String presentedBy;
    @Column(name = "presented_at", nullable = false)
    public Instant presentedAt;
    @Column(name = "signer_name")
    public String signerName;
    @Enumerated(EnumType.STRING)
    @Column(name = "signature_method")
    public SignatureMethod signatureMethod;
    @Column(name = "signature_by")
    public String signatureBy;
    @Column(name = "signature_attestation")
    public String signatureAttestation;
    @Column(name = "signed_at")
    public Instant signedAt;
    @Column(name = "witnessed_by")
    public String witnessedBy;
    @Column(name = "activated_at")
    public Instant activatedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Version
    public long version;

    public static Consent present(UUID patientId, DocumentVersion documentVersion, String by, Instant at) {
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.patientId = patientId;
        consent.documentVersion = documentVersion;
        consent.status = ConsentStatus.PENDING;
        consent.presentedBy = by;
        consent.presentedAt = at;
        return consent;
    }

    /** The state at an instant: an ACTIVE consent at or past its expiry reads EXPIRED. */
    public ConsentStatus statusAt(Instant now) {
        return status == ConsentStatus.ACTIVE && !now.isBefore(expiresAt) ? ConsentStatus.EXPIRED : status;
    }

    public boolean isPatientSigned() {
        return signedAt != null;
    }

    public void recordPatientSignature(String name, SignatureMethod method, String by, String attestation, Instant at) {
        requireState(at, "sign", ConsentStatus.PENDING);
        if (isPatientSigned()) {
            throw ProblemException.conflict("consent-already-signed", "Consent already signed",
                    "The patient already signed this consent at " + signedAt + "; it awaits a clinician's witness");
        }
        signerName = name;
        signatureMethod = method;
        signatureBy = by;
        signatureAttestation = attestation;
        signedAt = at;
    }

    /** A clinician witnesses the patient's signature: the consent becomes ACTIVE for the version's validity. */
    public void witness(String clinician, Instant at) {
        requireState(at, "witness", ConsentStatus.PENDING);
        if (!isPatientSigned()) {
            throw ProblemException.conflict("consent-not-signed", "Consent not signed by the patient",
                    "The consent is PENDING without the patient's signature; record it (or capture it with an attestation) first");
        }
        witnessedBy = clinician;
        activatedAt = at;
        expiresAt = at.plus(Duration.ofDays(documentVersion.validityDays));
        status = ConsentStatus.ACTIVE;
    }

    public void withdraw(String reason, String by, Instant at) {
        requireState(at, "withdraw", ConsentStatus.PENDING, ConsentStatus.ACTIVE);
        withdrawalReason = reason;
        withdrawnBy = by;
        withdrawnAt = at;
        status = ConsentStatus.WITHDRAWN;
    }

    public void requireOpen(Instant at, String action) {
        requireState(at, action, ConsentStatus.PENDING, ConsentStatus.ACTIVE);
    }

    /** Current unless a newer material version of the same document has been published. */
    public boolean isCurrent(int latestMaterialVersion) {
        return documentVersion.number >= latestMaterialVersion;
    }

    public Set<Route> routes() {
        return documentVersion.routes();
    }

    private void requireState(Instant at, String action, ConsentStatus... allowed) {
        ConsentStatus current = statusAt(at);
        for (ConsentStatus s : allowed) {
            if (s == current) {
                return;
            }
        }
        throw ProblemException.conflict("illegal-consent-transition", "Illegal consent transition",
                "Cannot " + action + " a consent that is " + current);
    }
}
