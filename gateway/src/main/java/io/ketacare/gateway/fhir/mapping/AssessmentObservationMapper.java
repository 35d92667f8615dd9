package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.patient.AssessmentRecord;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;

/**
 * A scored instrument → a survey Observation of its total: LOINC where the instrument has a total
 * score code (PHQ-9 44261-6, GAD-7 70274-6, PCL-5 101698-9), KetaCare's own code otherwise (MADRS,
 * C-SSRS screener). The severity band is the interpretation; change against baseline and the
 * response, remission and relapse flags as patient-service computed them are noted.
 */
public final class AssessmentObservationMapper {

    private static final Map<String, Coding> TOTAL_SCORE_CODES = Map.of(
            "PHQ9", new Coding(Codes.LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
            "GAD7", new Coding(Codes.LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"),
            "PCL5", new Coding(Codes.LOINC, "101698-9", "PTSD checklist for DSM-5 score"),
            "MADRS", new Coding(Codes.LOCAL_OBSERVATION, "MADRS", "Montgomery-Asberg Depression Rating Scale total score"),
            "CSSRS_SCREEN", new Coding(Codes.LOCAL_OBSERVATION, "CSSRS_SCREEN", "Columbia Suicide Severity Rating Scale screener"));

    private AssessmentObservationMapper() {
    }

    public static Observation toFhir(AssessmentRecord a) {
        Observation observation = new Observation();
        observation.setId(FhirIds.of(a.patientId(), a.id()));
        observation.getMeta().setVersionId(String.valueOf(a.version()));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(Codes.concept(Codes.OBSERVATION_CATEGORY, "survey", "Survey"));
        observation.setCode(code(a.instrument()));
        observation.setSubject(Fhir.patient(a.patientId()));
        observation.setEffective(Fhir.dateTime(a.administeredAt()));
        observation.setIssued(Fhir.date(a.recordedAt()));
        if (a.recordedBy() != null) {
            observation.addPerformer(Fhir.user(a.recordedBy()));
        }
        observation.setValue(new IntegerType(a.total()));
        if (a.band() != null) {
            observation.addInterpretation(new CodeableConcept().setText(a.band()));
        }
        String progress = progress(a);
        if (!progress.isEmpty()) {
            observation.addNote().setText(progress);
        }
        return observation;
    }

    /** The code of an instrument's total score; an instrument KetaCare does not know keeps its name as text. */
    public static CodeableConcept code(String instrument) {
        Coding coding = TOTAL_SCORE_CODES.get(instrument);
        if (coding == null) {
            return new CodeableConcept().setText(instrument);
        }
        return new CodeableConcept().addCoding(coding.copy()).setText(coding.getDisplay());
    }

    private static String progress(AssessmentRecord a) {
        StringBuilder note = new StringBuilder();
        if (a.baseline()) {
            note.append("Baseline.");
        } else if (a.changeFromBaseline() != null) {
            note.append("Change from baseline ").append(a.baselineTotal()).append(": ").append(a.changeFromBaseline());
            if (a.percentChangeFromBaseline() != null) {
                note.append(" (").append(a.percentChangeFromBaseline()).append(" %)");
            }
            note.append('.');
        }
        if (Boolean.TRUE.equals(a.response())) {
            note.append(" Response.");
        }
        if (Boolean.TRUE.equals(a.remission())) {
            note.append(" Remission.");
        }
        for (String flag : a.flagsOrEmpty()) {
            note.append(' ').append(flag).append('.');
        }
        return note.toString().trim();
    }
}
