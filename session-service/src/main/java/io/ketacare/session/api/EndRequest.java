package io.ketacare.session.api;

import io.ketacare.session.domain.session.Disposition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionEndRequest", description = "Cancels, records a no-show or aborts a session, with the reason; aborting a dosed session also names the disposition")
public record EndRequest(
        @Schema(description = "Why the session ends here", example = "Patient unwell, rebooked next week", maxLength = 500, required = true)
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason,
        @Schema(description = """
                Abort only: where the patient went. Required (with a clinician's token) to abort a session that has a dose recorded \
                (DOSING or MONITORING), which ends it without the discharge criteria; optional for a session not yet dosed; \
                not allowed on a cancellation or no-show (400).""", example = "TRANSFERRED_TO_EMERGENCY_CARE")
        Disposition disposition) {
}
