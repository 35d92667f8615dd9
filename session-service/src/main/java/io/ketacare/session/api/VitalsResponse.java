package io.ketacare.session.api;

import io.ketacare.platform.audit.PatientScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VitalsReceipt", description = "What a vitals batch changed: readings stored, readings already present, alerts raised")
public record VitalsResponse(
        @Schema(description = "Session id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID sessionId,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Readings stored now", example = "3", minimum = "0", maximum = "500", format = "int32") int stored,
        @Schema(description = "Readings already stored by an earlier request (same clientReadingId)", example = "0", minimum = "0", maximum = "500", format = "int32")
        int alreadyPresent,
        @Schema(description = "Alerts raised by these readings", maxItems = 500) List<AlertResponse> alerts) implements PatientScoped {
}
