package io.ketacare.patient.domain.assessment;

import java.util.ArrayList;
import java.util.List;

/** An assessment with its place in the instrument's history. */
public record AssessmentView(Assessment assessment, ProgressPoint progress) {

    /** Safety flags from scoring, and the relapse signal from the history. */
    public List<Flag> flags() {
        List<Flag> flags = new ArrayList<>(assessment.safetyFlags());
        if (progress.relapseSignal()) {
            flags.add(Flag.RELAPSE_SIGNAL);
        }
        return flags;
    }
}
