package io.ketacare.session.api;

import io.ketacare.session.domain.room.Equipment;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Room", description = "A treatment room or chair with its monitoring equipment")
public record RoomResponse(
        @Schema(description = "Room id", example = "0b6f3c2a-1d4e-4f5a-8b6c-7d8e9f0a1b2c") UUID id,
        @Schema(description = "Name of the room or chair", example = "Room 2 – chair A", maxLength = 100) String name,
        @Schema(description = "Clinic or site", example = "Downtown", maxLength = 100) String clinic,
        @Schema(description = "Monitoring and safety equipment present", maxItems = 20) Set<Equipment> equipment,
        @Schema(description = "When it was registered") Instant createdAt,
        @Schema(description = "IANA time zone of the room's clinic: REMS due dates and series of its sessions are computed in it",
                example = "America/New_York", maxLength = 64) String timeZone) {
}
