package io.ketacare.session.api;

import io.ketacare.platform.audit.PatientScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MonitoringRecord", description = "The whole session in one document; for intranasal sessions with the REMS patient-monitoring form")
public record MonitoringRecordResponse(
        @Schema(description = "Patient id", example = "6f1c2b3a-0d4e-4f5a-8b6c-000000000001") UUID patientId,
        @Schema(description = "The session") SessionResponse session,
        @Schema(description = "The passed pre-dose check") PreDoseCheckResponse preDoseCheck,
        @Schema(description = "Vitals in time order", maxItems = 5000) List<VitalResponse> vitals,
        @Schema(description = "Sedation and dissociation scores in time order", maxItems = 1000) List<ScoreResponse> scores,
        @Schema(description = "Adverse events", maxItems = 100) List<AdverseEventResponse> adverseEvents,
        @Schema(description = "Alerts raised", maxItems = 500) List<AlertResponse> alerts,
        @Schema(description = "Every change of the session, oldest first", maxItems = 200) List<HistoryEntryResponse> history,
        @Schema(description = "Clinician attestation of dissociation resolution at discharge", maxLength = 500) String dissociationResolutionAttestation,
        @Schema(description = "REMS patient-monitoring form (intranasal esketamine only)") RemsFormResponse remsForm,
        @Schema(description = "The vitals schedule of the route from the dose start, each time point with its state now (a missed one shows even before its alert is raised); empty before the dose",
                maxItems = 200) List<VitalsTimePointResponse> vitalsSchedule) implements PatientScoped {
}
