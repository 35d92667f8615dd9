package io.ketacare.consent.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentSignatureRequest", description = """
        With a patient token: the patient's own signature (signerName required); the consent then awaits a clinician's \
        witness. With a clinician token: the clinician witnesses the patient's signature and the consent becomes ACTIVE; \
        when the patient has not signed yet, the clinician captures it in person (signerName and attestation required).""")
public record SignatureRequest(
        @Schema(description = "The patient's full name as signed", example = "Sam Self", maxLength = 200)
        @Size(min = 1, max = 200, message = "must be 1 to 200 characters") @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String signerName,
        @Schema(description = "The clinician's attestation that the patient signed in their presence", example = "Signed on paper in my presence after questions were answered",
                maxLength = 2000)
        @Size(min = 1, max = 2000, message = "must be 1 to 2000 characters") @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String attestation) {
}
