package io.ketacare.consent.api;

import io.ketacare.consent.domain.document.DocumentVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentDocumentVersion", description = "A published, immutable version of a consent document")
public record DocumentVersionResponse(
        @Schema(description = "Id of the version", example = "00000000-0000-4000-8000-00000000c001") UUID id,
        @Schema(description = "Document code", example = "KETAMINE_TREATMENT", maxLength = 40) String documentCode,
        @Schema(description = "Version number, from 1", example = "1", minimum = "1", maximum = "1000000", format = "int32") int version,
        @Schema(description = "The procedure", example = "Ketamine is given in the clinic under monitoring.", maxLength = 20000) String procedure,
        @Schema(description = "The risks", example = "Dissociation, sedation, raised blood pressure.", maxLength = 20000) String risks,
        @Schema(description = "The benefits", example = "Rapid reduction of depressive symptoms in some patients.", maxLength = 20000) String benefits,
        @Schema(description = "The alternatives", example = "Antidepressants, psychotherapy, ECT, TMS.", maxLength = 20000) String alternatives,
        @Schema(description = "Routes covered with their sections, in route order", maxItems = 4) List<RouteSectionDto> routeSections,
        @Schema(description = "Days a signed consent stays valid", example = "365", minimum = "1", maximum = "3650", format = "int32") int validityDays,
        @Schema(description = "Whether this version is a material change", example = "true") boolean material,
        @Schema(description = "Who published it", example = "admin1", maxLength = 200) String publishedBy,
        @Schema(description = "When it was published") Instant publishedAt) {

    static DocumentVersionResponse of(DocumentVersion v) {
        List<RouteSectionDto> sections = v.routeSections.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new RouteSectionDto(e.getKey(), e.getValue())).toList();
        return new DocumentVersionResponse(v.id, v.documentCode, v.number, v.procedure, v.risks, v.benefits, v.alternatives,
                sections, v.validityDays, v.material, v.publishedBy, v.publishedAt);
    }
}
