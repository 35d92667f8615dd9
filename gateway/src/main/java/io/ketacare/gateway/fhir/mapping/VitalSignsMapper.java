package io.ketacare.gateway.fhir.mapping;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * Vital signs → one Observation per measurement, each conforming to the R4 vital-signs profile it
 * declares: blood pressure panel 85354-9 with systolic 8480-6 and diastolic 8462-4 in mm[Hg], heart
 * rate 8867-4 in /min, oxygen saturation 2708-6 with the US Core pulse-oximetry code 59408-5 in %,
 * respiratory rate 9279-1 in /min, body weight 29463-7 in kg.
 */
public final class VitalSignsMapper {

    static final String PROFILE = "http://hl7.org/fhir/StructureDefinition/";

    private VitalSignsMapper() {
    }

    public static List<Observation> toFhir(VitalSigns v) {
        List<Observation> observations = new ArrayList<>();
        if (v.systolic() != null && v.diastolic() != null) {
            Observation bp = base(v, "bp", "bp", loinc("85354-9", "Blood pressure panel with all children optional"));
            bp.addComponent().setCode(loinc("8480-6", "Systolic blood pressure")).setValue(Fhir.quantity(v.systolic(), "mmHg", "mm[Hg]"));
            bp.addComponent().setCode(loinc("8462-4", "Diastolic blood pressure")).setValue(Fhir.quantity(v.diastolic(), "mmHg", "mm[Hg]"));
            observations.add(bp);
        }
        if (v.heartRate() != null) {
            observations.add(base(v, "hr", "heartrate", loinc("8867-4", "Heart rate"))
                    .setValue(Fhir.quantity(v.heartRate(), "beats/minute", "/min")));
        }
        if (v.spo2() != null) {
            CodeableConcept code = loinc("2708-6", "Oxygen saturation in Arterial blood");
            code.addCoding(new Coding(Codes.LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"));
            observations.add(base(v, "spo2", "oxygensat", code).setValue(Fhir.quantity(v.spo2(), "%", "%")));
        }
        if (v.respiratoryRate() != null) {
            observations.add(base(v, "rr", "resprate", loinc("9279-1", "Respiratory rate"))
                    .setValue(Fhir.quantity(v.respiratoryRate(), "breaths/minute", "/min")));
        }
        if (v.weightKg() != null) {
            observations.add(base(v, "wt", "bodyweight", loinc("29463-7", "Body weight"))
                    .setValue(Fhir.quantity(v.weightKg(), "kg", "kg")));
        }
        return observations;
    }

    private static Observation base(VitalSigns v, String part, String profile, CodeableConcept code) {
        Observation observation = new Observation();
        observation.setId(FhirIds.of(v.patientId(), v.recordId(), part));
        observation.getMeta().addProfile(PROFILE + profile);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(Codes.concept(Codes.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs"));
        observation.setCode(code);
        observation.setSubject(Fhir.patient(v.patientId()));
        if (v.encounterId() != null) {
            observation.setEncounter(new Reference("Encounter/" + FhirIds.of(v.patientId(), v.encounterId())));
        }
        observation.setEffective(Fhir.dateTime(v.measuredAt()));
        if (v.performer() != null) {
            observation.addPerformer(Fhir.user(v.performer()));
        }
        return observation;
    }

    private static CodeableConcept loinc(String code, String display) {
        return Codes.concept(Codes.LOINC, code, display).setText(display);
    }
}
