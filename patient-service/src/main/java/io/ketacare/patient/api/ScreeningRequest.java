package io.ketacare.patient.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreeningRequest", description = "Baseline vitals and contraindication answers; the record supplies conditions, medications and the latest C-SSRS")
public record ScreeningRequest(
        @NotNull(message = "is required") @Valid
        @Schema(description = "Baseline vitals", required = true) VitalsDto vitals,
        @NotNull(message = "is required") @Valid
        @Schema(description = "Contraindication answers", required = true) AnswersDto answers) {
}
