package io.ketacare.consent.domain.rems;

import io.ketacare.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A patient's esketamine REMS enrollment: signed by the patient and by the prescriber; withdrawn, it is kept. */
@Entity
@Table(name = "rems_enrollment")
public class RemsEnrollment {

    @Id
    public UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;
    @Column(name = "patient_signer_name", nullable = false)
    public String patientSignerName;
    @Column(name = "patient_signed_at", nullable = false)
    public Instant patientSignedAt;
    @Column(nullable = false)
    public String prescriber;
    @Column(name = "prescriber_attestation", nullable = false)
    public String prescriberAttestation;
    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Version
    public long version;

    public boolean isCurrent() {
        return withdrawnAt == null;
    }

    public void withdraw(String reason, String by, Instant at) {
        if (!isCurrent()) {
            throw ProblemException.conflict("rems-already-withdrawn", "REMS enrollment already withdrawn",
                    "The REMS enrollment of patient " + patientId + " was withdrawn at " + withdrawnAt);
        }
        withdrawnBy = by;
        withdrawnAt = at;
        withdrawalReason = reason;
    }

    public static RemsEnrollment enroll(UUID patientId, String patientSignerName, String prescriber, String attestation, Instant at) {
        RemsEnrollment e = new RemsEnrollment();
        e.id = UUID.randomUUID();
        e.patientId = patientId;
        e.patientSignerName = patientSignerName;
        e.patientSignedAt = at;
        e.prescriber = prescriber;
        e.prescriberAttestation = attestation;
        e.enrolledAt = at;
        return e;
    }
}
