package io.ketacare.patient.api;

import io.ketacare.patient.domain.screening.Outcome;
import io.ketacare.patient.domain.screening.Screening;
import io.ketacare.platform.audit.PatientScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Screening", description = "A medical screening: what was taken, what the protocol's rules found, and the review")
public record ScreeningResponse(
        @Schema(description = "Screening id", example = "5c4b3a2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Screening protocol version the rules came from", example = "1", minimum = "1", maximum = "1000000",
                format = "int32") int protocolVersion,
        @Schema(description = "When it was screened") Instant screenedAt,
        @Schema(description = "User who screened", example = "nurse1", maxLength = 200) String screenedBy,
        @Schema(description = "Baseline vitals") VitalsDto vitals,
        @Schema(description = "Contraindication answers") AnswersDto answers,
        @Schema(description = "The C-SSRS screen that was read, when there was one", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
        UUID cssrsAssessmentId,
        @Schema(description = "What the rules decided", example = "NEEDS_REVIEW") Outcome outcome,
        @Schema(description = "Every rule that fired or could not be checked, in protocol order", maxItems = 100) List<ReasonDto> findings,
        @Schema(description = "The clinician's review, once made") ReviewDto review,
        @Schema(description = "The decision in force: the review's, else the outcome", example = "ELIGIBLE") Outcome decision,
        @Schema(description = "Version, also the ETag", example = "0", minimum = "0", maximum = "1000000000", format = "int64") long version)
        implements PatientScoped {

    static ScreeningResponse of(Screening s) {
        return new ScreeningResponse(s.id, s.patientId, s.protocolVersion, s.screenedAt, s.screenedBy, VitalsDto.of(s.vitals()),
                AnswersDto.of(s.answers()), s.cssrsAssessmentId, s.outcome, s.findingList().stream().map(ReasonDto::of).toList(),
                ReviewDto.of(s), s.decision(), s.version);
    }
}
