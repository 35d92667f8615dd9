package io.ketacare.patient.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * C-SSRS screener: Q4 or Q5 yes, or behaviour in the past 3 months: HIGH (SUICIDE_RISK_HIGH);
 * Q3 or lifetime behaviour: MODERATE; Q1 or Q2: LOW.
 */
class CssrsScreenerTest {

    static Score screen(Integer... answers) {
        return Instrument.CSSRS_SCREEN.definition().score(List.of(answers));
    }

    @Test
    void allNoIsNoRisk() {
        assertThat(screen(0, 0, 0, 0, 0, 0).band()).isEqualTo("NONE");
    }

    @Test
    void cssrsQ1YesIsLow() {
        assertThat(screen(1, 0, 0, 0, 0, 0).band()).isEqualTo("LOW");
    }

    @Test
    void cssrsQ2YesIsLow() {
        Score score = screen(1, 1, 0, 0, 0, 0);
        assertThat(score.band()).isEqualTo("LOW");
        assertThat(score.total()).isEqualTo(2);
        assertThat(score.flags()).isEmpty();
    }

    @Test
    void cssrsQ3YesIsModerate() {
        assertThat(screen(1, 1, 1, 0, 0, 0).band()).isEqualTo("MODERATE");
    }

    @Test
    void cssrsLifetimeBehaviourIsModerate() {
        Score score = screen(0, 0, 0, 0, 0, CssrsScorer.BEHAVIOUR_LIFETIME);
        assertThat(score.band()).isEqualTo("MODERATE");
        assertThat(score.flags()).isEmpty();
    }

    @Test
    void cssrsQ4YesIsHighWithSafetyFlag() {
        Score score = screen(1, 1, 1, 1, 0, 0);
        assertThat(score.band()).isEqualTo("HIGH");
        assertThat(score.flags()).containsExactly(Flag.SUICIDE_RISK_HIGH);
    }

    @Test
    void cssrsQ5YesIsHigh() {
        assertThat(screen(1, 1, 0, 0, 1, 0).band()).isEqualTo("HIGH");
    }

    @Test
    void cssrsBehaviourInPast3MonthsIsHigh() {
        Score score = screen(0, 0, 0, 0, 0, CssrsScorer.BEHAVIOUR_PAST_3_MONTHS);
        assertThat(score.band()).isEqualTo("HIGH");
        assertThat(score.flags()).containsExactly(Flag.SUICIDE_RISK_HIGH);
    }
}
