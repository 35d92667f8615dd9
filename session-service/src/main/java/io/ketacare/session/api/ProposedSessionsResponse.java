package io.ketacare.session.api;

import io.ketacare.platform.audit.PatientScoped;
import io.ketacare.session.domain.Route;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProposedSessions", description = """
        The next sessions proposed from the plan's schedule phases, after the sessions already booked or done; \
        book them with POST /api/v1/sessions/series""")
public record ProposedSessionsResponse(
        @Schema(description = "Plan id", example = "7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b") UUID planId,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Route of the plan", example = "INTRANASAL") Route route,
        @Schema(description = "Plan version the proposal follows", example = "1", minimum = "1", maximum = "1000000", format = "int32") int planVersion,
        @Schema(description = "Sessions of the plan already booked (not cancelled) or done", example = "2", minimum = "0", maximum = "10000", format = "int32")
        int sessionsAlreadyBooked,
        @Schema(description = "Suggested length of each session in minutes (dosing time + minimum observation)", example = "135", minimum = "1", maximum = "720", format = "int32")
        int durationMinutes,
        @Schema(description = "The proposed sessions in time order", maxItems = 200) List<ProposedSession> proposals) implements PatientScoped {

    @Schema(name = "ProposedSession", description = "One proposed session")
    public record ProposedSession(
            @Schema(description = "Schedule phase it belongs to", example = "induction", maxLength = 100) String phase,
            @Schema(description = "Week of the phase, from 1", example = "1", minimum = "1", maximum = "520", format = "int32") int week,
            @Schema(description = "Proposed start") java.time.Instant start) {
    }
}
