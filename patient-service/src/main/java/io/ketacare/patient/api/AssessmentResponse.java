package io.ketacare.patient.api;

import io.ketacare.patient.domain.assessment.Assessment;
import io.ketacare.patient.domain.assessment.AssessmentView;
import io.ketacare.patient.domain.assessment.Flag;
import io.ketacare.patient.domain.assessment.Instrument;
import io.ketacare.patient.domain.assessment.ProgressPoint;
import io.ketacare.platform.audit.PatientScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assessment", description = "A scored instrument with its change against the baseline of that instrument")
public record AssessmentResponse(
        @Schema(description = "Assessment id", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID id,
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "Instrument", example = "PHQ9") Instrument instrument,
        @Schema(description = "Instrument version scored", example = "PHQ-9 (1999)", maxLength = 40) String instrumentVersion,
        @Schema(description = "Code system of the codes", example = "http://loinc.org", maxLength = 100) String codeSystem,
        @Schema(description = "Code of the instrument panel (LOINC where one exists)", example = "44249-1", maxLength = 40) String panelCode,
        @Schema(description = "Code of the total score (LOINC where one exists)", example = "44261-6", maxLength = 40) String scoreCode,
        @Schema(description = "Item answers as submitted", example = "[1, 2, 1, 2, 1, 1, 0, 1, 0]", maxItems = 20,
                type = SchemaType.ARRAY, implementation = ItemAnswer.class)
        List<Integer> items,
        @Schema(description = "Total score (C-SSRS: number of questions answered yes)", example = "9", minimum = "0", maximum = "80",
                format = "int32") int total,
        @Schema(description = "Severity band (C-SSRS: risk level NONE, LOW, MODERATE or HIGH)", example = "MILD", maxLength = 30) String band,
        @Schema(description = "SUICIDAL_IDEATION (PHQ-9 item 9 above 0), SUICIDE_RISK_HIGH (C-SSRS HIGH), RELAPSE_SIGNAL", maxItems = 3)
        List<Flag> flags,
        @Schema(description = "Whether this is the instrument's baseline (its first score)", example = "false") boolean baseline,
        @Schema(description = "Total of the baseline", example = "18", minimum = "0", maximum = "80", format = "int32") Integer baselineTotal,
        @Schema(description = "Total minus baseline total (negative is better)", example = "-9", minimum = "-80", maximum = "80",
                format = "int32") Integer changeFromBaseline,
        @Schema(description = "Change in percent of the baseline total", example = "-50.0", minimum = "-100", maximum = "100000")
        Double percentChangeFromBaseline,
        @Schema(description = "Response: the total dropped by at least 50 % from baseline", example = "true") Boolean response,
        @Schema(description = "Remission: PHQ-9 below 5, GAD-7 below 5, MADRS 10 or less", example = "false") Boolean remission,
        @Schema(description = "When it was administered") Instant administeredAt,
        @Schema(description = "When it was recorded") Instant recordedAt,
        @Schema(description = "User who submitted it", example = "nurse1", maxLength = 200) String recordedBy,
        @Schema(description = "Version, also the ETag", example = "0", minimum = "0", maximum = "1000000000", format = "int64") long version)
        implements PatientScoped {

    static AssessmentResponse of(AssessmentView view) {
        Assessment a = view.assessment();
        ProgressPoint p = view.progress();
        return new AssessmentResponse(a.id, a.patientId, a.instrument, a.instrumentVersion, a.codeSystem, a.panelCode, a.scoreCode,
                a.answers(), a.total, a.band, view.flags(), p.baseline(), p.baselineTotal(), p.changeFromBaseline(),
                p.percentChangeFromBaseline(), p.response(), p.remission(), a.administeredAt, a.recordedAt, a.recordedBy, a.version);
    }
}
