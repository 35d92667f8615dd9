package io.ketacare.consent.api;

import io.ketacare.consent.domain.document.Route;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RouteSection", description = "A route the version covers, with the section specific to it")
public record RouteSectionDto(
        @Schema(description = "Route of administration covered", example = "IV", required = true) @NotNull(message = "is required") Route route,
        @Schema(description = "What the patient is told about this route", example = "Intravenous infusion over 40 minutes; observation for 60 minutes after it ends.",
                maxLength = 20000, required = true)
        @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String text) {
}
