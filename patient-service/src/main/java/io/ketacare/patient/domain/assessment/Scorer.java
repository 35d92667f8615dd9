package io.ketacare.patient.domain.assessment;

import java.util.List;

/** Turns valid item answers into a score. */
public interface Scorer {
    Score score(List<Integer> items);
}
