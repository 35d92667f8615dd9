package io.ketacare.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RemsEnrollmentRequest", description = "Esketamine REMS enrollment: the patient's signature, captured by the prescriber who signs too")
public record RemsRequest(
        @Schema(description = "The patient's full name as signed on the enrollment form", example = "Sam Self", maxLength = 200, required = true)
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String patientSignerName,
        @Schema(description = "The prescriber's attestation: the patient signed, and the prescriber signs the enrollment",
                example = "Patient enrolled and counselled on REMS requirements; I sign as prescriber", maxLength = 2000, required = true)
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String prescriberAttestation) {
}
