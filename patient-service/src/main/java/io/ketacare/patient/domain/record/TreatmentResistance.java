package io.ketacare.patient.domain.record;

import java.util.List;

/**
 * Treatment-resistant depression is derived from the treatment history, never typed in: at least the
 * protocol's number of failed adequate antidepressant trials (2 by default).
 */
public record TreatmentResistance(int failedAdequateTrials, int threshold) {

    public static TreatmentResistance of(List<TreatmentEntry> history, int threshold) {
        int failed = (int) history.stream().filter(TreatmentEntry::isFailedAdequateTrial).count();
        return new TreatmentResistance(failed, threshold);
    }

    public boolean isTreatmentResistant() {
        return failedAdequateTrials >= threshold;
    }
}
