package io.ketacare.consent.api;

import io.ketacare.consent.domain.consent.Consent;
import io.ketacare.consent.domain.consent.ConsentStatus;
import io.ketacare.consent.domain.consent.ConsentView;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.audit.PatientScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent", description = "A consent as it stands now: PENDING, ACTIVE, EXPIRED or WITHDRAWN, and whether it is current")
public record ConsentResponse(
        @Schema(description = "Consent id", example = "3d9a4c1e-2b7f-4e8a-9c6d-5f4e3d2c1b0a") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Document code", example = "KETAMINE_TREATMENT", maxLength = 40) String documentCode,
        @Schema(description = "Document version presented", example = "1", minimum = "1", maximum = "1000000", format = "int32") int documentVersion,
        @Schema(description = "Routes the consent covers", maxItems = 4) List<Route> routes,
        @Schema(description = "State now; EXPIRED is an ACTIVE consent past expiresAt", example = "ACTIVE") ConsentStatus status,
        @Schema(description = "False when a newer material version of the document was published: re-consent is needed", example = "true")
        boolean current,
        @Schema(description = "Who presented it", example = "clinician1", maxLength = 200) String presentedBy,
        @Schema(description = "When it was presented") Instant presentedAt,
        @Schema(description = "The patient's signature, once recorded") SignatureDto signature,
        @Schema(description = "Clinician who witnessed", example = "clinician1", maxLength = 200) String witnessedBy,
        @Schema(description = "When it became ACTIVE") Instant activatedAt,
        @Schema(description = "When it expires: activation plus the version's validity") Instant expiresAt,
        @Schema(description = "Who withdrew it", example = "patient1", maxLength = 200) String withdrawnBy,
        @Schema(description = "When it was withdrawn") Instant withdrawnAt,
        @Schema(description = "Why it was withdrawn", example = "Patient no longer wishes to continue", maxLength = 2000) String withdrawalReason,
        @Schema(description = "Questions asked and answered, oldest first", maxItems = 1000) List<QuestionDto> questions) implements PatientScoped {

    static ConsentResponse of(ConsentView v) {
        Consent c = v.consent();
        return new ConsentResponse(c.id, c.patientId, c.documentVersion.documentCode, c.documentVersion.number, c.routes().stream().sorted().toList(),
                v.status(), v.current(), c.presentedBy, c.presentedAt, SignatureDto.of(c), c.witnessedBy, c.activatedAt, c.expiresAt,
                c.withdrawnBy, c.withdrawnAt, c.withdrawalReason, v.questions().stream().map(QuestionDto::of).toList());
    }
}
