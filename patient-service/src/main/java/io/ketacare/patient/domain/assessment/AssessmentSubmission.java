package io.ketacare.patient.domain.assessment;

import java.time.Instant;
import java.util.List;

/** Item answers for one instrument, as the client sends them; administeredAt defaults to now. */
public record AssessmentSubmission(String instrument, List<Integer> items, Instant administeredAt) {
}
