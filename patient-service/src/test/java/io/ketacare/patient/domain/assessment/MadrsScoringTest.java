package io.ketacare.patient.domain.assessment;

import static io.ketacare.patient.domain.assessment.Answers.band;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MADRS: 10 items 0-6, total 0-60; 0-6 normal, 7-19 mild, 20-34 moderate, 35-60 severe. */
class MadrsScoringTest {

    @Test
    void madrsOf6IsNormal() {
        assertThat(band(Instrument.MADRS, 6)).isEqualTo("NORMAL");
    }

    @Test
    void madrsOf7IsMild() {
        assertThat(band(Instrument.MADRS, 7)).isEqualTo("MILD");
    }

    @Test
    void madrsOf19IsMild() {
        assertThat(band(Instrument.MADRS, 19)).isEqualTo("MILD");
    }

    @Test
    void madrsOf20IsModerate() {
        assertThat(band(Instrument.MADRS, 20)).isEqualTo("MODERATE");
    }

    @Test
    void madrsOf34IsModerate() {
        assertThat(band(Instrument.MADRS, 34)).isEqualTo("MODERATE");
    }

    @Test
    void madrsOf35IsSevere() {
        assertThat(band(Instrument.MADRS, 35)).isEqualTo("SEVERE");
    }

    @Test
    void madrsOf60IsSevere() {
        assertThat(band(Instrument.MADRS, 60)).isEqualTo("SEVERE");
    }

    @Test
    void madrsIsClinicianRatedAndCodedLocally() {
        assertThat(Instrument.MADRS.definition().selfReport()).isFalse();
        assertThat(Instrument.MADRS.definition().codeSystem()).isEqualTo(InstrumentDefinitions.LOCAL);
    }
}
