package io.ketacare.session.api;

import io.ketacare.platform.audit.PatientScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionSeries", description = "Sessions booked together as one series")
public record SeriesResponse(
        @Schema(description = "Series id, also on each session", example = "5c4b3a29-1807-4f6e-9d5c-4b3a29180706") UUID seriesId,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "The booked sessions in time order", maxItems = 104) List<SessionResponse> sessions) implements PatientScoped {
}
