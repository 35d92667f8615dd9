package io.ketacare.patient.api;

import io.ketacare.patient.domain.screening.ReviewDecision;
import io.ketacare.patient.domain.screening.Screening;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreeningReview", description = "A clinician's decision on a NEEDS_REVIEW screening")
public record ReviewDto(
        @Schema(description = "The decision", example = "ELIGIBLE") ReviewDecision decision,
        @Schema(description = "The clinician's reason", example = "BP 146/88 rechecked at 132/84 after rest; cardiology cleared", maxLength = 1000)
        String reason,
        @Schema(description = "Reviewing clinician", example = "clinician1", maxLength = 200) String reviewedBy,
        @Schema(description = "When it was reviewed") Instant reviewedAt) {

    static ReviewDto of(Screening s) {
        return s.isReviewed() ? new ReviewDto(s.reviewDecision, s.reviewReason, s.reviewedBy, s.reviewedAt) : null;
    }
}
