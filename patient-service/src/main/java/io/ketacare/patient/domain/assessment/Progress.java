package io.ketacare.patient.domain.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Response, remission and relapse over one instrument's totals in the order they were taken. The
 * baseline is the first total. Response: the total dropped by at least half of the baseline.
 * Remission: at or below the instrument's remission maximum. Relapse signal: a rise of at least the
 * instrument's relapse rise from the best total since the first response.
 */
public final class Progress {

    private Progress() {
    }

    public static List<ProgressPoint> of(InstrumentDefinition definition, List<Integer> totals) {
        List<ProgressPoint> points = new ArrayList<>();
        if (!definition.tracksProgress()) {
            totals.forEach(t -> points.add(ProgressPoint.NOT_TRACKED));
            return points;
        }
        Integer firstResponse = null;
        for (int i = 0; i < totals.size(); i++) {
            int baseline = totals.get(0);
            int total = totals.get(i);
            boolean response = isResponse(baseline, total);
            if (response && firstResponse == null) {
                firstResponse = i;
            }
            Double percent = baseline == 0 ? null : Math.round((total - baseline) * 1000.0 / baseline) / 10.0;
            Boolean remission = definition.remissionMaxTotal() == null ? null : total <= definition.remissionMaxTotal();
            boolean relapse = isRelapse(definition, totals, firstResponse, i);
            points.add(new ProgressPoint(i == 0, baseline, total - baseline, percent, baseline == 0 ? null : response, remission, relapse));
        }
        return points;
    }

    /** At least a 50 % drop: twice the drop reaches the baseline. */
    static boolean isResponse(int baseline, int total) {
        return baseline > 0 && 2 * (baseline - total) >= baseline;
    }

    private static boolean isRelapse(InstrumentDefinition definition, List<Integer> totals, Integer firstResponse, int index) {
        if (definition.relapseRise() == null || firstResponse == null || index <= firstResponse) {
            return false;
        }
        int best = totals.subList(firstResponse, index).stream().mapToInt(Integer::intValue).min().orElseThrow();
        return totals.get(index) - best >= definition.relapseRise();
    }
}
