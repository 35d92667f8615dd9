package io.ketacare.patient.domain.screening;

import java.math.BigDecimal;

/** Baseline vitals taken at screening. */
public record Vitals(Integer systolicMmHg, Integer diastolicMmHg, Integer heartRateBpm, Integer spo2Percent, BigDecimal weightKg) {
}
