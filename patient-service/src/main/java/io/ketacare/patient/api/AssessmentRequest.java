package io.ketacare.patient.api;

import io.ketacare.patient.domain.assessment.AssessmentSubmission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentRequest", description = "Item answers of one instrument; the server checks and scores them")
public record AssessmentRequest(
        @NotBlank(message = "is required (PHQ9, GAD7, PCL5, MADRS or CSSRS_SCREEN)")
        @Schema(description = "Instrument; a patient may submit PHQ9, GAD7 and PCL5 about themselves", example = "PHQ9",
                enumeration = {"PHQ9", "GAD7", "PCL5", "MADRS", "CSSRS_SCREEN"}, maxLength = 12, required = true)
        String instrument,

        @NotNull(message = "is required: one answer per item, in item order")
        @Size(max = 20, message = "must have at most 20 answers")
        @Schema(description = """
                One answer per item, in item order. PHQ9: 9 items 0-3; GAD7: 7 items 0-3; PCL5: 20 items 0-4; MADRS: 10 items 0-6; \
                CSSRS_SCREEN: questions 1-5 as 0 (no) or 1 (yes), question 6 (suicidal behaviour) as 0 (no), \
                1 (yes, more than 3 months ago) or 2 (yes, within the past 3 months)""",
                example = "[1, 2, 1, 2, 1, 1, 0, 1, 0]", maxItems = 20, minItems = 1, required = true,
                type = SchemaType.ARRAY, implementation = ItemAnswer.class)
        List<Integer> items,

        @Schema(description = "When it was administered; now when left out, never in the future", example = "2025-03-01T09:30:00Z")
        Instant administeredAt) {

    AssessmentSubmission toSubmission() {
        return new AssessmentSubmission(instrument, items, administeredAt);
    }
}
