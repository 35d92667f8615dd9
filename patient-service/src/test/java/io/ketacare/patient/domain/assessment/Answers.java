package io.ketacare.patient.domain.assessment;

import java.util.ArrayList;
import java.util.List;

/** Item answers for scoring tests. */
final class Answers {

    private Answers() {
    }

    /** {@code count} answers adding up to {@code total}, filled from the first item, each at most {@code max}. */
    static List<Integer> summingTo(int total, int count, int max) {
        List<Integer> answers = new ArrayList<>();
        int left = total;
        for (int i = 0; i < count; i++) {
            int answer = Math.min(max, left);
            answers.add(answer);
            left -= answer;
        }
        if (left > 0) {
            throw new IllegalArgumentException(total + " does not fit in " + count + " items of at most " + max);
        }
        return answers;
    }

    static Score score(Instrument instrument, int total) {
        InstrumentDefinition definition = instrument.definition();
        return definition.score(summingTo(total, definition.itemCount(), definition.itemMaxima().get(0)));
    }

    static String band(Instrument instrument, int total) {
        Score score = score(instrument, total);
        if (score.total() != total) {
            throw new IllegalStateException("scored " + score.total() + " instead of " + total);
        }
        return score.band();
    }
}
