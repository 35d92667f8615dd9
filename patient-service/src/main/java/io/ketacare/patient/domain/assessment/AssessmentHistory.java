package io.ketacare.patient.domain.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A patient's assessments, each measured against the baseline of its own instrument. */
public final class AssessmentHistory {

    static final Comparator<Assessment> CHRONOLOGICAL = Comparator.comparing((Assessment a) -> a.administeredAt)
            .thenComparing(a -> a.recordedAt).thenComparing(a -> a.id);

    private AssessmentHistory() {
    }

    /** Every assessment with its progress, newest first. */
    public static List<AssessmentView> of(List<Assessment> assessments) {
        Map<Instrument, List<Assessment>> byInstrument = new LinkedHashMap<>();
        assessments.stream().sorted(CHRONOLOGICAL)
                .forEach(a -> byInstrument.computeIfAbsent(a.instrument, i -> new ArrayList<>()).add(a));
        List<AssessmentView> views = new ArrayList<>();
        byInstrument.forEach((instrument, series) -> {
            List<ProgressPoint> points = Progress.of(instrument.definition(), series.stream().map(a -> a.total).toList());
            for (int i = 0; i < series.size(); i++) {
                views.add(new AssessmentView(series.get(i), points.get(i)));
            }
        });
        views.sort(Comparator.comparing(AssessmentView::assessment, CHRONOLOGICAL).reversed());
        return views;
    }
}
