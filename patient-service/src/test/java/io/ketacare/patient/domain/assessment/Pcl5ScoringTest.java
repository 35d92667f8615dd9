package io.ketacare.patient.domain.assessment;

import static io.ketacare.patient.domain.assessment.Answers.band;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PCL-5: 20 items 0-4, total 0-80; 31 or more is probable PTSD. */
class Pcl5ScoringTest {

    @Test
    void pcl5Of0IsBelowThreshold() {
        assertThat(band(Instrument.PCL5, 0)).isEqualTo("BELOW_THRESHOLD");
    }

    @Test
    void pcl5Of30IsBelowThreshold() {
        assertThat(band(Instrument.PCL5, 30)).isEqualTo("BELOW_THRESHOLD");
    }

    @Test
    void pcl5Of31IsProbablePtsd() {
        assertThat(band(Instrument.PCL5, 31)).isEqualTo("PROBABLE_PTSD");
    }

    @Test
    void pcl5Of80IsProbablePtsd() {
        assertThat(band(Instrument.PCL5, 80)).isEqualTo("PROBABLE_PTSD");
    }
}
