package io.ketacare.consent.api;

import io.ketacare.consent.domain.document.ConsentDocument;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentDocument", description = "A consent document and the number of its latest published version")
public record DocumentResponse(
        @Schema(description = "Stable code", example = "KETAMINE_TREATMENT", maxLength = 40) String code,
        @Schema(description = "Title", example = "Consent to ketamine and esketamine treatment", maxLength = 200) String title,
        @Schema(description = "Who authored it", example = "admin1", maxLength = 200) String createdBy,
        @Schema(description = "When it was authored") Instant createdAt,
        @Schema(description = "Latest published version; 0 when none is published yet", example = "1", minimum = "0", maximum = "1000000", format = "int32")
        int latestVersion) {

    static DocumentResponse of(ConsentDocument d, int latestVersion) {
        return new DocumentResponse(d.code, d.title, d.createdBy, d.createdAt, latestVersion);
    }
}
