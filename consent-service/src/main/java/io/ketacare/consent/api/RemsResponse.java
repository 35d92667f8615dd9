package io.ketacare.consent.api;

import io.ketacare.consent.domain.rems.RemsEnrollment;
import io.ketacare.platform.audit.PatientScoped;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RemsEnrollment", description = "A patient's esketamine REMS enrollment")
public record RemsResponse(
        @Schema(description = "Enrollment id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "The patient's name as signed", example = "Sam Self", maxLength = 200) String patientSignerName,
        @Schema(description = "When the patient signed") Instant patientSignedAt,
        @Schema(description = "The prescriber who signed", example = "clinician1", maxLength = 200) String prescriber,
        @Schema(description = "The prescriber's attestation", example = "Patient enrolled and counselled", maxLength = 2000) String prescriberAttestation,
        @Schema(description = "When the enrollment was recorded") Instant enrolledAt,
        @Schema(description = "ENROLLED, or WITHDRAWN (then intranasal treatment is not authorized)", example = "ENROLLED",
                enumeration = {"ENROLLED", "WITHDRAWN"}) String status,
        @Schema(description = "Who withdrew it", example = "clinician1", maxLength = 200) String withdrawnBy,
        @Schema(description = "When it was withdrawn") Instant withdrawnAt,
        @Schema(description = "Why it was withdrawn", example = "Patient moved to another clinic", maxLength = 2000) String withdrawalReason)
        implements PatientScoped {

    static RemsResponse of(RemsEnrollment e) {
        return new RemsResponse(e.id, e.patientId, e.patientSignerName, e.patientSignedAt, e.prescriber, e.prescriberAttestation, e.enrolledAt,
                e.isCurrent() ? "ENROLLED" : "WITHDRAWN", e.withdrawnBy, e.withdrawnAt, e.withdrawalReason);
    }
}
