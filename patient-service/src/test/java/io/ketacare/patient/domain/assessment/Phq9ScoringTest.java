package io.ketacare.patient.domain.assessment;

import static io.ketacare.patient.domain.assessment.Answers.band;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PHQ-9: 9 items 0-3, total 0-27; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe. */
class Phq9ScoringTest {

    @Test
    void phq9Of0IsMinimal() {
        assertThat(band(Instrument.PHQ9, 0)).isEqualTo("MINIMAL");
    }

    @Test
    void phq9Of4IsMinimal() {
        assertThat(band(Instrument.PHQ9, 4)).isEqualTo("MINIMAL");
    }

    @Test
    void phq9Of5IsMild() {
        assertThat(band(Instrument.PHQ9, 5)).isEqualTo("MILD");
    }

    @Test
    void phq9Of9IsMild() {
        assertThat(band(Instrument.PHQ9, 9)).isEqualTo("MILD");
    }

    @Test
    void phq9Of10IsModerate() {
        assertThat(band(Instrument.PHQ9, 10)).isEqualTo("MODERATE");
    }

    @Test
    void phq9Of14IsModerate() {
        assertThat(band(Instrument.PHQ9, 14)).isEqualTo("MODERATE");
    }

    @Test
    void phq9Of15IsModeratelySevere() {
        assertThat(band(Instrument.PHQ9, 15)).isEqualTo("MODERATELY_SEVERE");
    }

    @Test
    void phq9Of19IsModeratelySevere() {
        assertThat(band(Instrument.PHQ9, 19)).isEqualTo("MODERATELY_SEVERE");
    }

    @Test
    void phq9Of20IsSevere() {
        assertThat(band(Instrument.PHQ9, 20)).isEqualTo("SEVERE");
    }

    @Test
    void phq9Of27IsSevere() {
        assertThat(band(Instrument.PHQ9, 27)).isEqualTo("SEVERE");
    }

    @Test
    void phq9Item9Of0RaisesNoFlag() {
        assertThat(Instrument.PHQ9.definition().score(List.of(3, 3, 3, 3, 3, 3, 3, 3, 0)).flags()).isEmpty();
    }

    @Test
    void phq9Item9Of1RaisesSuicidalIdeation() {
        Score score = Instrument.PHQ9.definition().score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 1));
        assertThat(score.flags()).containsExactly(Flag.SUICIDAL_IDEATION);
        assertThat(score.band()).isEqualTo("MINIMAL");
    }
}
