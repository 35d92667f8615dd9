package io.ketacare.patient.domain.assessment;

/**
 * One assessment measured against its instrument's baseline. Null fields do not apply (no baseline
 * total above 0, or an instrument without that threshold).
 */
public record ProgressPoint(boolean baseline, Integer baselineTotal, Integer changeFromBaseline,
        Double percentChangeFromBaseline, Boolean response, Boolean remission, boolean relapseSignal) {

    static final ProgressPoint NOT_TRACKED = new ProgressPoint(false, null, null, null, null, null, false);
}
