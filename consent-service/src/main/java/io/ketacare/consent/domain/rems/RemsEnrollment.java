package io.ketacare.consent.domain.rems;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A patient's esketamine REMS enrollment: signed by the patient and by the prescriber. */
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
    @Version
    public long version;

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
