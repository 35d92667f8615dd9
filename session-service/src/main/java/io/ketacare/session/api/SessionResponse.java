package io.ketacare.session.api;

import io.ketacare.platform.audit.PatientScoped;
import io.ketacare.session.domain.Route;
import io.ketacare.session.domain.session.AuthorizationStatus;
import io.ketacare.session.domain.session.Disposition;
import io.ketacare.session.domain.session.SessionStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Session", description = "A booked treatment session and where it stands")
public record SessionResponse(
        @Schema(description = "Session id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Treatment plan booked under", example = "7e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b") UUID planId,
        @Schema(description = "Room or chair", example = "0b6f3c2a-1d4e-4f5a-8b6c-7d8e9f0a1b2c") UUID roomId,
        @Schema(description = "Route of administration", example = "INTRANASAL") Route route,
        @Schema(description = "State: SCHEDULED → CHECKED_IN → READY_TO_DOSE → DOSING → MONITORING → DISCHARGED, or CANCELLED, NO_SHOW, ABORTED",
                example = "SCHEDULED") SessionStatus status,
        @Schema(description = "UNVERIFIED until check-in, AUTHORIZED after it, AUTHORIZATION_LOST when consent or plan lapsed since",
                example = "UNVERIFIED") AuthorizationStatus authorizationStatus,
        @Schema(description = "Why authorization was lost", example = "CONSENT_WITHDRAWN", maxLength = 200) String authorizationNote,
        @Schema(description = "Start of the booked period") Instant start,
        @Schema(description = "End of the booked period") Instant end,
        @Schema(description = "Length of the booked period in minutes", example = "150", minimum = "1", maximum = "720", format = "int32") int durationMinutes,
        @Schema(description = "Series this session was booked in", example = "5c4b3a29-1807-4f6e-9d5c-4b3a29180706") UUID seriesId,
        @Schema(description = "Session protocol version the session runs under", example = "1", minimum = "1", maximum = "1000000", format = "int32")
        int protocolVersion,
        @Schema(description = "Consent that authorized it at check-in", example = "3d9a4c1e-2b7f-4e8a-9c6d-5f4e3d2c1b0a") UUID consentId,
        @Schema(description = "Plan version authorized at check-in (and dosed under)", example = "1", minimum = "1", maximum = "1000000", format = "int32")
        Integer planVersion,
        @Schema(description = "When the patient checked in") Instant checkedInAt,
        @Schema(description = "The dose given, once recorded") DoseResponse dose,
        @Schema(description = "Alerts raised during the session", maxItems = 500) List<AlertResponse> alerts,
        @Schema(description = "When the patient was discharged") Instant dischargedAt,
        @Schema(description = "When it was cancelled, marked no-show or aborted") Instant endedAt,
        @Schema(description = "Reason of the cancellation, no-show or abort", example = "Patient unwell", maxLength = 500) String endReason,
        @Schema(description = "Who booked it", example = "scheduler1", maxLength = 200) String bookedBy,
        @Schema(description = "When it was booked") Instant bookedAt,
        @Schema(description = "Version of the session (also its ETag)", example = "1", minimum = "0", maximum = "1000000000", format = "int64") long version,
        @Schema(description = "Where the patient went when a dosed session was aborted instead of discharged", example = "TRANSFERRED_TO_EMERGENCY_CARE")
        Disposition disposition,
        @Schema(description = "The clinician who decided the disposition", example = "clinician1", maxLength = 200) String dispositionBy)
        implements PatientScoped {
}
