package io.ketacare.session.domain.predose;

import java.time.Instant;

/** What the nurse measured and asked before the dose. */
public record PreDoseInput(int systolic, int diastolic, int heartRate, int spo2, Instant lastFoodAt, Instant lastLiquidAt,
        boolean escortConfirmed, PregnancyTest pregnancyTest, boolean newInteractingMedication, String newMedicationDetails,
        String bloodPressureOverrideReason, boolean callerIsClinician) {
}
