package io.ketacare.patient.domain.assessment;

import io.ketacare.platform.problem.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * How one instrument is coded, answered and scored.
 *
 * @param itemMaxima        the highest answer of each item (every item starts at 0)
 * @param selfReport        whether a patient may submit it about themselves
 * @param tracksProgress    whether change from baseline and response apply
 * @param remissionMaxTotal highest total that counts as remission, null when the instrument defines none
 * @param relapseRise       rise from the best total since response that signals relapse, null when not tracked
 */
public record InstrumentDefinition(Instrument instrument, String title, String version, String codeSystem,
        String panelCode, String scoreCode, List<Integer> itemMaxima, boolean selfReport, Scorer scorer,
        boolean tracksProgress, Integer remissionMaxTotal, Integer relapseRise) {

    public int itemCount() {
        return itemMaxima.size();
    }

    /** Wrong item count or an item out of range, each named by its JSON path. */
    public List<Violation> violations(List<Integer> items) {
        List<Violation> violations = new ArrayList<>();
        if (items == null || items.size() != itemCount()) {
            violations.add(new Violation("items", "%s needs exactly %d item answers, got %d"
                    .formatted(instrument, itemCount(), items == null ? 0 : items.size())));
            return violations;
        }
        for (int i = 0; i < items.size(); i++) {
            Integer answer = items.get(i);
            if (answer == null || answer < 0 || answer > itemMaxima.get(i)) {
                violations.add(new Violation("items[" + i + "]", "item %d of %s must be 0 to %d, got %s"
                        .formatted(i + 1, instrument, itemMaxima.get(i), answer)));
            }
        }
        return violations;
    }

    public Score score(List<Integer> items) {
        List<Violation> violations = violations(items);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
        return scorer.score(items);
    }
}
