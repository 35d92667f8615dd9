package io.ketacare.session.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DischargeRequest", description = "The discharge checklist; every criterion of the session protocol is checked and every unmet one listed")
public record DischargeRequest(
        @Schema(description = "The escort is present to take the patient home", example = "true", required = true)
        @NotNull(message = "is required") Boolean escortPresent,
        @Schema(description = "The patient acknowledged the discharge instructions (no driving until the next day)", example = "true", required = true)
        @NotNull(message = "is required") Boolean instructionsAcknowledged,
        @Schema(description = "A clinician attests that dissociation resolved although the last CADSS is above 0 (clinician role only), with the reason",
                example = "Residual derealisation item only, patient oriented and calm", maxLength = 500)
        @Size(max = 500, message = "must be at most 500 characters") String dissociationResolutionAttestation) {
}
