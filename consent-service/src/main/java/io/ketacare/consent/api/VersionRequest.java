package io.ketacare.consent.api;

import io.ketacare.consent.domain.document.DocumentContent;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentDocumentVersionRequest", description = "The content of a new version; once published it never changes")
public record VersionRequest(
        @Schema(description = "The procedure", example = "Ketamine is given in the clinic under monitoring.", maxLength = 20000, required = true)
        @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String procedure,
        @Schema(description = "The risks", example = "Dissociation, sedation, raised blood pressure, nausea.", maxLength = 20000, required = true)
        @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String risks,
        @Schema(description = "The expected benefits", example = "Rapid reduction of depressive symptoms in some patients.", maxLength = 20000, required = true)
        @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String benefits,
        @Schema(description = "The alternatives", example = "Antidepressants, psychotherapy, ECT, TMS, or no treatment.", maxLength = 20000, required = true)
        @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String alternatives,
        @Schema(description = "The routes covered, each once, with its route-specific section", maxItems = 4, required = true)
        @NotEmpty(message = "must name at least one route") @Size(max = 4, message = "must name each route at most once") List<@Valid @NotNull RouteSectionDto> routeSections,
        @Schema(description = "Days a signed consent stays valid; default 365", example = "365", minimum = "1", maximum = "3650", format = "int32")
        @Min(value = 1, message = "must be between 1 and 3650") @Max(value = 3650, message = "must be between 1 and 3650") Integer validityDays,
        @Schema(description = "Material change: consents to older versions of this document are no longer current", example = "true", required = true)
        @NotNull(message = "is required") Boolean material) {

    DocumentContent toContent() {
        Map<Route, String> sections = new EnumMap<>(Route.class);
        for (RouteSectionDto section : routeSections) {
            if (sections.put(section.route(), section.text().trim()) != null) {
                throw ProblemException.invalid("routeSections", "route " + section.route() + " is named more than once");
            }
        }
        return new DocumentContent(procedure.trim(), risks.trim(), benefits.trim(), alternatives.trim(), sections, validityDays, material);
    }
}
