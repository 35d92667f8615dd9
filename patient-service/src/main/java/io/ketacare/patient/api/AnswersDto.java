package io.ketacare.patient.api;

import io.ketacare.patient.domain.screening.Answer;
import io.ketacare.patient.domain.screening.ScreeningAnswers;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContraindicationAnswers",
        description = "Contraindication questions asked at screening. UNKNOWN never passes: it sends the screening to clinician review.")
public record AnswersDto(
        @NotNull(message = "is required (YES, NO or UNKNOWN)")
        @Schema(description = "Currently pregnant (NO where it cannot apply)", example = "NO", required = true)
        Answer pregnant,

        @NotNull(message = "is required (YES, NO or UNKNOWN)")
        @Schema(description = "Currently breastfeeding", example = "NO", required = true)
        Answer breastfeeding,

        @NotNull(message = "is required (YES, NO or UNKNOWN)")
        @Schema(description = "Known hypersensitivity to ketamine or esketamine", example = "NO", required = true)
        Answer ketamineHypersensitivity,

        @NotNull(message = "is required (YES, NO or UNKNOWN)")
        @Schema(description = "Active psychosis or mania now", example = "NO", required = true)
        Answer activePsychosisOrMania) {

    ScreeningAnswers toAnswers() {
        return new ScreeningAnswers(pregnant, breastfeeding, ketamineHypersensitivity, activePsychosisOrMania);
    }

    static AnswersDto of(ScreeningAnswers a) {
        return new AnswersDto(a.pregnant(), a.breastfeeding(), a.ketamineHypersensitivity(), a.activePsychosisOrMania());
    }
}
