package io.ketacare.session.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VitalsRequest", description = "One reading (a list of one) or a batch from a device feed")
public record VitalsRequest(
        @Schema(description = "The readings", maxItems = 500, required = true)
        @NotEmpty(message = "must hold at least one reading") @Size(max = 500, message = "must hold at most 500 readings")
        List<@Valid @NotNull VitalReadingDto> readings) {
}
