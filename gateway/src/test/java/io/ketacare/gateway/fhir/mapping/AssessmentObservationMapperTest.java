package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class AssessmentObservationMapperTest {

    @Test
    void phq9TotalIsLoinc44261_6AsASurveyWithTheBandAndIsValidR4() {
        Observation observation = AssessmentObservationMapper.toFhir(Records.assessment("PHQ9", 9, "MILD"));

        assertThat(observation.getCode().getCodingFirstRep().getSystem()).isEqualTo(Codes.LOINC);
        assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
        assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
        assertThat(observation.getValueIntegerType().getValue()).isEqualTo(9);
        assertThat(observation.getInterpretationFirstRep().getText()).isEqualTo("MILD");
        assertThat(observation.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
        assertThat(observation.getSubject().getReference()).isEqualTo("Patient/" + Records.PATIENT);
        assertThat(observation.getNoteFirstRep().getText()).contains("Change from baseline 20: -11").contains("Response.");
        R4Validation.assertValid(observation);
    }

    @Test
    void gad7TotalIsLoinc70274_6() {
        assertThat(code("GAD7")).isEqualTo(Codes.LOINC + "|70274-6");
        R4Validation.assertValid(AssessmentObservationMapper.toFhir(Records.assessment("GAD7", 4, "MINIMAL")));
    }

    @Test
    void pcl5ScoreIsLoinc101698_9() {
        assertThat(code("PCL5")).isEqualTo(Codes.LOINC + "|101698-9");
        R4Validation.assertValid(AssessmentObservationMapper.toFhir(Records.assessment("PCL5", 33, "PROBABLE_PTSD")));
    }

    @Test
    void madrsAndCssrsScreenHaveKetaCareCodesForLackOfALoincTotal() {
        assertThat(code("MADRS")).isEqualTo(Codes.LOCAL_OBSERVATION + "|MADRS");
        assertThat(code("CSSRS_SCREEN")).isEqualTo(Codes.LOCAL_OBSERVATION + "|CSSRS_SCREEN");
        R4Validation.assertValid(AssessmentObservationMapper.toFhir(Records.assessment("MADRS", 22, "MODERATE")));
        R4Validation.assertValid(AssessmentObservationMapper.toFhir(Records.assessment("CSSRS_SCREEN", 0, "NONE")));
    }

    private static String code(String instrument) {
        Coding coding = AssessmentObservationMapper.code(instrument).getCodingFirstRep();
        return coding.getSystem() + "|" + coding.getCode();
    }
}
