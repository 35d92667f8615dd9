package io.ketacare.consent.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentPresentationRequest", description = "The document version presented to the patient")
public record PresentationRequest(
        @Schema(description = "Consent document code", example = "KETAMINE_TREATMENT", maxLength = 40, required = true)
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String documentCode,
        @Schema(description = "Version number; the latest published version when left out", example = "1", minimum = "1", maximum = "1000000", format = "int32")
        @Min(value = 1, message = "must be 1 or more") @Max(value = 1_000_000, message = "must be at most 1000000") Integer documentVersion) {
}
