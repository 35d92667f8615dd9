package io.ketacare.patient.domain.assessment;

import static io.ketacare.patient.domain.assessment.Answers.band;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GAD-7: 7 items 0-3, total 0-21; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe. */
class Gad7ScoringTest {

    @Test
    void gad7Of4IsMinimal() {
        assertThat(band(Instrument.GAD7, 4)).isEqualTo("MINIMAL");
    }

    @Test
    void gad7Of5IsMild() {
        assertThat(band(Instrument.GAD7, 5)).isEqualTo("MILD");
    }

    @Test
    void gad7Of9IsMild() {
        assertThat(band(Instrument.GAD7, 9)).isEqualTo("MILD");
    }

    @Test
    void gad7Of10IsModerate() {
        assertThat(band(Instrument.GAD7, 10)).isEqualTo("MODERATE");
    }

    @Test
    void gad7Of14IsModerate() {
        assertThat(band(Instrument.GAD7, 14)).isEqualTo("MODERATE");
    }

    @Test
    void gad7Of15IsSevere() {
        assertThat(band(Instrument.GAD7, 15)).isEqualTo("SEVERE");
    }

    @Test
    void gad7Of21IsSevere() {
        assertThat(band(Instrument.GAD7, 21)).isEqualTo("SEVERE");
    }

    @Test
    void gad7RaisesNoFlags() {
        assertThat(Answers.score(Instrument.GAD7, 21).flags()).isEmpty();
    }
}
