package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.patient.ScreeningRecord;
import io.ketacare.gateway.client.session.VitalRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One set of vital signs taken at one instant, from a screening (baseline) or a session reading;
 * {@code encounterId} is the session, absent at screening.
 */
public record VitalSigns(UUID patientId, UUID recordId, UUID encounterId, Instant measuredAt, Integer systolic, Integer diastolic,
        Integer heartRate, Integer spo2, Integer respiratoryRate, BigDecimal weightKg, String performer) {

    public static VitalSigns atScreening(ScreeningRecord s) {
        ScreeningRecord.Vitals v = s.vitals();
        return new VitalSigns(s.patientId(), s.id(), null, s.screenedAt(), v.systolicMmHg(), v.diastolicMmHg(), v.heartRateBpm(),
                v.spo2Percent(), null, v.weightKg(), s.screenedBy());
    }

    public static VitalSigns inSession(UUID patientId, UUID sessionId, VitalRecord r) {
        return new VitalSigns(patientId, r.id(), sessionId, r.measuredAt(), r.systolic(), r.diastolic(), r.heartRate(), r.spo2(),
                r.respiratoryRate(), null, r.recordedBy());
    }
}
