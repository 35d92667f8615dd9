package io.ketacare.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentDocumentRequest", description = "A new consent document; its content is published as versions")
public record DocumentRequest(
        @Schema(description = "Stable code: upper case letters, digits and underscores", example = "KETAMINE_TREATMENT",
                maxLength = 40, pattern = "^[A-Z][A-Z0-9_]{1,39}$", required = true)
        @NotBlank(message = "is required") @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be 2 to 40 upper case letters, digits or underscores, starting with a letter")
        String code,
        @Schema(description = "Title shown to the patient", example = "Consent to ketamine and esketamine treatment", maxLength = 200, required = true)
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title) {
}
