package io.ketacare.patient.domain.assessment;

import java.util.List;

/** The total is the sum of the items; the band is the one that contains it. */
public record SumScorer(List<Band> bands, List<ItemFlag> itemFlags) implements Scorer {

    @Override
    public Score score(List<Integer> items) {
        int total = items.stream().mapToInt(Integer::intValue).sum();
        String band = bands.stream().filter(b -> b.contains(total)).map(Band::name).findFirst()
                .orElseThrow(() -> new IllegalStateException("No band contains total " + total));
        List<Flag> flags = itemFlags.stream().filter(f -> f.raisedBy(items)).map(ItemFlag::flag).toList();
        return new Score(total, band, flags);
    }
}
