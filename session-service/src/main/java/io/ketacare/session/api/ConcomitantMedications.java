package io.ketacare.session.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConcomitantMedications", description = "Medication classes the patient takes now (the REMS monitoring form asks for each)")
public record ConcomitantMedications(
        @Schema(description = "Benzodiazepines", example = "false", required = true) @NotNull(message = "is required") Boolean benzodiazepines,
        @Schema(description = "Non-benzodiazepine sedative hypnotics", example = "false", required = true) @NotNull(message = "is required") Boolean sedativeHypnotics,
        @Schema(description = "Psychostimulants", example = "false", required = true) @NotNull(message = "is required") Boolean psychostimulants,
        @Schema(description = "Monoamine oxidase inhibitors", example = "false", required = true) @NotNull(message = "is required") Boolean maois,
        @Schema(description = "Opioids", example = "false", required = true) @NotNull(message = "is required") Boolean opioids) {
}
