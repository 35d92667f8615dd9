package io.ketacare.patient.api;

import io.ketacare.patient.domain.screening.EligibilityDecision;
import io.ketacare.patient.domain.screening.EligibilityStatus;
import io.ketacare.platform.audit.PatientScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Eligibility", description = """
        The patient's current eligibility. Only ELIGIBLE allows treatment. NOT_SCREENED: no screening yet. A change to \
        conditions or medications (or a HIGH C-SSRS) after the decision makes it stale: it then reads NEEDS_REVIEW with \
        reason RECORD_CHANGED_SINCE_SCREENING until the patient is screened again.""")
public record EligibilityResponse(
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "ELIGIBLE, INELIGIBLE, NEEDS_REVIEW or NOT_SCREENED", example = "ELIGIBLE") EligibilityStatus status,
        @Schema(description = "When the decision in force was made (the review, else the screening)") Instant decidedAt,
        @Schema(description = "Why: each rule that fired or could not be checked, and reasons about the decision itself", maxItems = 100)
        List<ReasonDto> reasons,
        @Schema(description = "The screening behind the decision", example = "5c4b3a2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d") UUID screeningId,
        @Schema(description = "Protocol version of that screening", example = "1", minimum = "1", maximum = "1000000", format = "int32")
        Integer protocolVersion,
        @Schema(description = "The clinician's review, when the decision is one") ReviewDto review,
        @Schema(description = "Whether the record changed after the decision", example = "false") boolean stale,
        @Schema(description = "Failed adequate antidepressant trials on record", example = "2", minimum = "0", maximum = "1000",
                format = "int32") int failedAdequateTrials,
        @Schema(description = "Treatment-resistant depression: at least the protocol's number (2) of failed adequate trials", example = "true")
        boolean treatmentResistantDepression,
        @Schema(description = "When this answer was computed") Instant evaluatedAt)
        implements PatientScoped {

    static EligibilityResponse of(EligibilityDecision d) {
        return new EligibilityResponse(d.patientId(), d.status(), d.decidedAt(), d.reasons().stream().map(ReasonDto::of).toList(),
                d.screening() == null ? null : d.screening().id, d.screening() == null ? null : d.screening().protocolVersion,
                d.screening() == null ? null : ReviewDto.of(d.screening()), d.stale(), d.treatmentResistance().failedAdequateTrials(),
                d.treatmentResistance().isTreatmentResistant(), d.evaluatedAt());
    }
}
