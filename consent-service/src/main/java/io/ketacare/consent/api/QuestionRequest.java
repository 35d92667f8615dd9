package io.ketacare.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentQuestionRequest", description = "A question the patient asked and the clinician's answer")
public record QuestionRequest(
        @Schema(description = "The patient's question", example = "Can I drive home after the session?", maxLength = 2000, required = true)
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String question,
        @Schema(description = "The clinician's answer", example = "No: someone must drive you, and you must not drive until the next day.", maxLength = 4000, required = true)
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String answer) {
}
