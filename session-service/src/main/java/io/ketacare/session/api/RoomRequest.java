package io.ketacare.session.api;

import io.ketacare.session.domain.room.Equipment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoomRequest", description = "A treatment room or chair")
public record RoomRequest(
        @Schema(description = "Name of the room or chair, unique within the clinic", example = "Room 2 – chair A", maxLength = 100, required = true)
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
        @Schema(description = "Clinic or site the room belongs to", example = "Downtown", maxLength = 100, required = true)
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String clinic,
        @Schema(description = "Monitoring and safety equipment present", maxItems = 20, example = "[\"PULSE_OXIMETER\", \"BLOOD_PRESSURE_MONITOR\"]")
        @NotNull(message = "is required (may be empty)") @Size(max = 20, message = "must have at most 20 items") Set<@NotNull Equipment> equipment,
        @Schema(description = """
                IANA time zone of the clinic (REMS due dates and series are computed in it). A new clinic takes it (absent: the \
                configured default, UTC unless set); for a known clinic it may be left out and must otherwise be the clinic's.""",
                example = "America/New_York", maxLength = 64)
        @Size(max = 64, message = "must be at most 64 characters") String timeZone) {
}
