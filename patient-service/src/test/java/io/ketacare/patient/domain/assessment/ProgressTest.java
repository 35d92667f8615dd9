package io.ketacare.patient.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Response: at least 50 % drop from the baseline (the first score). Remission: PHQ-9 below 5, GAD-7
 * below 5, MADRS 10 or less. Relapse signal: PHQ-9 up by 5 or more from its best score since response.
 */
class ProgressTest {

    static ProgressPoint last(Instrument instrument, Integer... totals) {
        List<ProgressPoint> points = Progress.of(instrument.definition(), List.of(totals));
        return points.get(points.size() - 1);
    }

    @Test
    void baselineIsTheFirstScore() {
        List<ProgressPoint> points = Progress.of(Instrument.PHQ9.definition(), List.of(18, 12));
        assertThat(points.get(0).baseline()).isTrue();
        assertThat(points.get(0).changeFromBaseline()).isZero();
        assertThat(points.get(1).baseline()).isFalse();
        assertThat(points.get(1).baselineTotal()).isEqualTo(18);
        assertThat(points.get(1).changeFromBaseline()).isEqualTo(-6);
        assertThat(points.get(1).percentChangeFromBaseline()).isEqualTo(-33.3);
    }

    @Test
    void dropOfExactly50PercentIsResponse() {
        assertThat(last(Instrument.PHQ9, 20, 10).response()).isTrue();
    }

    @Test
    void dropOf45PercentIsNoResponse() {
        assertThat(last(Instrument.PHQ9, 20, 11).response()).isFalse();
    }

    @Test
    void oddBaselineNeedsAtLeastHalfTheDrop() {
        assertThat(last(Instrument.MADRS, 31, 15).response()).isTrue();
        assertThat(last(Instrument.MADRS, 31, 16).response()).isFalse();
    }

    @Test
    void baselineOf0HasNoResponse() {
        assertThat(last(Instrument.GAD7, 0, 0).response()).isNull();
        assertThat(last(Instrument.GAD7, 0, 0).percentChangeFromBaseline()).isNull();
    }

    @Test
    void phq9Of4IsRemissionAnd5IsNot() {
        assertThat(last(Instrument.PHQ9, 20, 4).remission()).isTrue();
        assertThat(last(Instrument.PHQ9, 20, 5).remission()).isFalse();
    }

    @Test
    void gad7Of4IsRemissionAnd5IsNot() {
        assertThat(last(Instrument.GAD7, 15, 4).remission()).isTrue();
        assertThat(last(Instrument.GAD7, 15, 5).remission()).isFalse();
    }

    @Test
    void madrsOf10IsRemissionAnd11IsNot() {
        assertThat(last(Instrument.MADRS, 30, 10).remission()).isTrue();
        assertThat(last(Instrument.MADRS, 30, 11).remission()).isFalse();
    }

    @Test
    void pcl5HasResponseButNoRemission() {
        ProgressPoint point = last(Instrument.PCL5, 50, 25);
        assertThat(point.response()).isTrue();
        assertThat(point.remission()).isNull();
    }

    @Test
    void phq9RiseOf5FromBestSinceResponseIsRelapseSignal() {
        assertThat(last(Instrument.PHQ9, 20, 10, 8, 13).relapseSignal()).isTrue();
    }

    @Test
    void phq9RiseOf4FromBestSinceResponseIsNoRelapseSignal() {
        assertThat(last(Instrument.PHQ9, 20, 10, 8, 12).relapseSignal()).isFalse();
    }

    @Test
    void riseWithoutResponseIsNoRelapseSignal() {
        assertThat(last(Instrument.PHQ9, 20, 14, 19).relapseSignal()).isFalse();
    }

    @Test
    void gad7RiseIsNoRelapseSignal() {
        assertThat(last(Instrument.GAD7, 20, 6, 15).relapseSignal()).isFalse();
    }

    @Test
    void cssrsTracksNoProgress() {
        assertThat(last(Instrument.CSSRS_SCREEN, 3, 0)).isEqualTo(ProgressPoint.NOT_TRACKED);
    }
}
