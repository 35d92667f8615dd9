package io.ketacare.patient.api;

import io.ketacare.patient.domain.screening.Vitals;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Vitals", description = "Baseline vitals taken at screening")
public record VitalsDto(
        @NotNull(message = "is required") @Min(value = 40, message = "must be 40 to 300") @Max(value = 300, message = "must be 40 to 300")
        @Schema(description = "Systolic blood pressure, mmHg (protocol limit 140)", example = "128", minimum = "40", maximum = "300",
                format = "int32", required = true)
        Integer systolicMmHg,

        @NotNull(message = "is required") @Min(value = 20, message = "must be 20 to 200") @Max(value = 200, message = "must be 20 to 200")
        @Schema(description = "Diastolic blood pressure, mmHg (protocol limit 90)", example = "82", minimum = "20", maximum = "200",
                format = "int32", required = true)
        Integer diastolicMmHg,

        @Min(value = 20, message = "must be 20 to 250") @Max(value = 250, message = "must be 20 to 250")
        @Schema(description = "Heart rate, beats per minute", example = "72", minimum = "20", maximum = "250", format = "int32")
        Integer heartRateBpm,

        @Min(value = 50, message = "must be 50 to 100") @Max(value = 100, message = "must be 50 to 100")
        @Schema(description = "Oxygen saturation, percent", example = "98", minimum = "50", maximum = "100", format = "int32")
        Integer spo2Percent,

        @DecimalMin(value = "20", message = "must be 20 to 400") @DecimalMax(value = "400", message = "must be 20 to 400")
        @Schema(description = "Weight, kg", example = "70.5", minimum = "20", maximum = "400")
        BigDecimal weightKg) {

    Vitals toVitals() {
        return new Vitals(systolicMmHg, diastolicMmHg, heartRateBpm, spo2Percent, weightKg);
    }

    static VitalsDto of(Vitals v) {
        return new VitalsDto(v.systolicMmHg(), v.diastolicMmHg(), v.heartRateBpm(), v.spo2Percent(), v.weightKg());
    }
}
