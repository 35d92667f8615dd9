package io.ketacare.consent.api;

import io.ketacare.consent.domain.consent.ConsentQuestion;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentQuestion", description = "A question the patient asked and the clinician's answer")
public record QuestionDto(
        @Schema(description = "The question", example = "Can I drive home after the session?", maxLength = 2000) String question,
        @Schema(description = "The answer", example = "No, not until the next day.", maxLength = 4000) String answer,
        @Schema(description = "Clinician who answered", example = "clinician1", maxLength = 200) String answeredBy,
        @Schema(description = "When it was recorded") Instant askedAt) {

    static QuestionDto of(ConsentQuestion q) {
        return new QuestionDto(q.question, q.answer, q.answeredBy, q.askedAt);
    }
}
