package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.session.ScoreRecord;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * An in-session score → an exam Observation with KetaCare's own code (no LOINC code exists for
 * either): MOAA/S sedation (0–5, 5 = awake) and CADSS dissociation (0–92).
 */
public final class SessionScoreMapper {

    private SessionScoreMapper() {
    }

    public static Observation toFhir(ScoreRecord s) {
        Observation observation = new Observation();
        observation.setId(FhirIds.of(s.patientId(), s.id()));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(Codes.concept(Codes.OBSERVATION_CATEGORY, "exam", "Exam"));
        observation.setCode(code(s.instrument()));
        observation.setSubject(Fhir.patient(s.patientId()));
        observation.setEncounter(new Reference("Encounter/" + FhirIds.of(s.patientId(), s.sessionId())));
        observation.setEffective(Fhir.dateTime(s.measuredAt()));
        if (s.recordedBy() != null) {
            observation.addPerformer(Fhir.user(s.recordedBy()));
        }
        observation.setValue(new IntegerType(s.score()));
        return observation;
    }

    /** MOAA_S → MOAAS "Modified Observer's Assessment of Alertness/Sedation", CADSS → CADSS. */
    public static CodeableConcept code(String instrument) {
        if ("MOAA_S".equals(instrument)) {
            return Codes.concept(Codes.LOCAL_OBSERVATION, "MOAAS", "Modified Observer's Assessment of Alertness/Sedation score")
                    .setText("MOAA/S");
        }
        if ("CADSS".equals(instrument)) {
            return Codes.concept(Codes.LOCAL_OBSERVATION, "CADSS", "Clinician-Administered Dissociative States Scale score")
                    .setText("CADSS");
        }
        return new CodeableConcept().setText(instrument);
    }
}
