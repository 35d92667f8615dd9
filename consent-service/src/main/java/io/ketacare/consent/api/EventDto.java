package io.ketacare.consent.api;

import io.ketacare.consent.domain.outbox.OutboxEvent;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeEvent", description = "One consent or plan state change")
public record EventDto(
        @Schema(description = "Position in the feed; resume with after=<this>", example = "42", minimum = "1", maximum = "9223372036854775807", format = "int64")
        long sequence,
        @Schema(description = "Event id", example = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID id,
        @Schema(description = "When it happened") Instant occurredAt,
        @Schema(description = "CONSENT or TREATMENT_PLAN", example = "CONSENT", maxLength = 30) String aggregateType,
        @Schema(description = "Id of the consent or plan", example = "3d9a4c1e-2b7f-4e8a-9c6d-5f4e3d2c1b0a") UUID aggregateId,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "CONSENT_PRESENTED, CONSENT_SIGNED_BY_PATIENT, CONSENT_ACTIVATED, CONSENT_WITHDRAWN, PLAN_DRAFTED, PLAN_ACTIVATED, PLAN_REVISED",
                example = "CONSENT_WITHDRAWN", maxLength = 60) String type,
        @Schema(description = "Status of the consent or plan after the change", example = "WITHDRAWN", maxLength = 20) String status,
        @Schema(description = "Document version (consent) or plan version (plan)", example = "1", minimum = "1", maximum = "1000000", format = "int32")
        int version) {

    static EventDto of(OutboxEvent e) {
        return new EventDto(e.sequence, e.id, e.occurredAt, e.aggregateType, e.aggregateId, e.patientId, e.type, e.status, e.aggregateVersion);
    }
}
