package io.ketacare.consent.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeFeed", description = "Changes after the asked position, oldest first; ask again with after=next")
public record EventFeed(
        @Schema(description = "The changes", maxItems = 500) List<EventDto> items,
        @Schema(description = "Position to resume from", example = "42", minimum = "0", maximum = "9223372036854775807", format = "int64") long next) {
}
