package io.ketacare.session.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RemsSubmissionRequest", description = "Records that the REMS patient-monitoring form was submitted")
public record RemsSubmissionRequest(
        @Schema(description = "Reference given by the REMS program", example = "REMS-2026-000123", maxLength = 100, required = true)
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String reference) {
}
