package io.ketacare.consent.api;

import io.ketacare.consent.domain.consent.Consent;
import io.ketacare.consent.domain.consent.SignatureMethod;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentSignature", description = "The patient's signature")
public record SignatureDto(
        @Schema(description = "Name as signed", example = "Sam Self", maxLength = 200) String signerName,
        @Schema(description = "PATIENT_SELF (patient token) or CAPTURED_BY_CLINICIAN (in person, attested)", example = "PATIENT_SELF") SignatureMethod method,
        @Schema(description = "Who recorded it", example = "patient1", maxLength = 200) String recordedBy,
        @Schema(description = "The clinician's attestation, when captured by a clinician", example = "Signed in my presence", maxLength = 2000)
        String attestation,
        @Schema(description = "When the patient signed") Instant signedAt) {

    static SignatureDto of(Consent c) {
        return c.signedAt == null ? null : new SignatureDto(c.signerName, c.signatureMethod, c.signatureBy, c.signatureAttestation, c.signedAt);
    }
}
