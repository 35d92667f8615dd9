package io.ketacare.session.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionEndRequest", description = "Cancels, records a no-show or aborts a session, with the reason")
public record EndRequest(
        @Schema(description = "Why the session ends here", example = "Patient unwell, rebooked next week", maxLength = 500, required = true)
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
