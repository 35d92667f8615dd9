package io.ketacare.session.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionProtocol", description = """
        The numbers of the session gates, as a versioned protocol. Publishing makes a new version current; every \
        session records the version it runs under. version, publishedAt and publishedBy are set by the server.""")
public record SessionProtocolDto(
        @Schema(description = "Protocol version (set by the server)", example = "1", minimum = "1", maximum = "1000000", format = "int32", readOnly = true)
        Integer version,
        @Schema(description = "When it was published (set by the server)", readOnly = true) Instant publishedAt,
        @Schema(description = "Who published it (set by the server)", example = "admin1", maxLength = 200, readOnly = true) String publishedBy,
        @Schema(description = "Pre-dose: highest systolic, mmHg", example = "140", minimum = "80", maximum = "250", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 80, message = "must be between 80 and 250") @Max(value = 250, message = "must be between 80 and 250") Integer maxSystolic,
        @Schema(description = "Pre-dose: highest diastolic, mmHg", example = "90", minimum = "40", maximum = "150", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 40, message = "must be between 40 and 150") @Max(value = 150, message = "must be between 40 and 150") Integer maxDiastolic,
        @Schema(description = "Pre-dose: highest heart rate, bpm", example = "110", minimum = "40", maximum = "200", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 40, message = "must be between 40 and 200") @Max(value = 200, message = "must be between 40 and 200") Integer maxHeartRate,
        @Schema(description = "Pre-dose: lowest SpO2, %", example = "94", minimum = "70", maximum = "100", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 70, message = "must be between 70 and 100") @Max(value = 100, message = "must be between 70 and 100") Integer minSpo2,
        @Schema(description = "Pre-dose: minutes without solid food", example = "120", minimum = "0", maximum = "1440", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 1440") @Max(value = 1440, message = "must be between 0 and 1440") Integer fastingFoodMinutes,
        @Schema(description = "Whether a clinician may override the pre-dose blood-pressure limit with a reason", example = "false", required = true)
        @NotNull(message = "is required") Boolean bloodPressureOverrideAllowed,
        @Schema(description = "Alert: systolic above this twice within the repeat window", example = "180", minimum = "100", maximum = "300", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 100, message = "must be between 100 and 300") @Max(value = 300, message = "must be between 100 and 300") Integer alertRepeatSystolic,
        @Schema(description = "Alert: diastolic above this twice within the repeat window", example = "110", minimum = "50", maximum = "200", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 50, message = "must be between 50 and 200") @Max(value = 200, message = "must be between 50 and 200") Integer alertRepeatDiastolic,
        @Schema(description = "Alert: sustained high blood pressure — above the repeat limit on a reading and still above it on a reading at least this many minutes later, with no reading at or below the limit between, minutes", example = "5", minimum = "1", maximum = "60", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 1, message = "must be between 1 and 60") @Max(value = 60, message = "must be between 1 and 60") Integer alertRepeatWindowMinutes,
        @Schema(description = "Alert: systolic above this once", example = "200", minimum = "100", maximum = "300", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 100, message = "must be between 100 and 300") @Max(value = 300, message = "must be between 100 and 300") Integer alertOnceSystolic,
        @Schema(description = "Alert: diastolic above this once", example = "120", minimum = "50", maximum = "200", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 50, message = "must be between 50 and 200") @Max(value = 200, message = "must be between 50 and 200") Integer alertOnceDiastolic,
        @Schema(description = "Alert: heart rate above this", example = "120", minimum = "60", maximum = "250", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 60, message = "must be between 60 and 250") @Max(value = 250, message = "must be between 60 and 250") Integer alertHeartRate,
        @Schema(description = "Alert: SpO2 below this", example = "90", minimum = "50", maximum = "100", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 50, message = "must be between 50 and 100") @Max(value = 100, message = "must be between 50 and 100") Integer alertSpo2,
        @Schema(description = "Discharge: MOAA/S required", example = "5", minimum = "0", maximum = "5", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 5") @Max(value = 5, message = "must be between 0 and 5") Integer dischargeMoaas,
        @Schema(description = "Discharge: last vitals within this percentage of the pre-dose baseline pass even above the pre-dose limits", example = "20",
                minimum = "0", maximum = "100", required = true)
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be between 0 and 100") @DecimalMax(value = "100", message = "must be between 0 and 100") BigDecimal dischargeBaselineTolerancePercent,
        @Schema(description = "Dose: how long ago the start of a dose may be when it is recorded, minutes", example = "240", minimum = "0", maximum = "1440", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 1440") @Max(value = 1440, message = "must be between 0 and 1440") Integer doseRecordMaxAgeMinutes,
        @Schema(description = "REMS: days after the session the monitoring form is due", example = "7", minimum = "1", maximum = "90", format = "int32", required = true)
        @NotNull(message = "is required") @Min(value = 1, message = "must be between 1 and 90") @Max(value = 90, message = "must be between 1 and 90") Integer remsDueDays,
        @Schema(description = "Timeline: how far a client-supplied time may lie ahead of the server's clock, minutes (later → 400); absent: carried over from the current version",
                example = "2", minimum = "0", maximum = "60", format = "int32")
        @Min(value = 0, message = "must be between 0 and 60") @Max(value = 60, message = "must be between 0 and 60") Integer clockSkewMinutes,
        @Schema(description = "Timeline: a fact charted more than this many minutes after it happened is a late entry (reason and user recorded); absent: carried over from the current version",
                example = "15", minimum = "0", maximum = "240", format = "int32")
        @Min(value = 0, message = "must be between 0 and 240") @Max(value = 240, message = "must be between 0 and 240") Integer chartingAllowanceMinutes,
        @Schema(description = "Pre-dose check: a passed check is valid for this many minutes; a dose started later needs a new check; absent: carried over from the current version",
                example = "60", minimum = "1", maximum = "1440", format = "int32")
        @Min(value = 1, message = "must be between 1 and 1440") @Max(value = 1440, message = "must be between 1 and 1440") Integer preDoseCheckValidMinutes,
        @Schema(description = "Pre-dose check: a weight of the day differing from the patient's last recorded weight by more than this percentage needs a clinician's confirmation with a reason; absent: carried over from the current version",
                example = "10", minimum = "1", maximum = "100", format = "int32")
        @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100") Integer weightChangePercent,
        @Schema(description = "Dose: the charted duration of an infusion may differ from the plan's infusion minutes by at most this many minutes; absent: carried over from the current version",
                example = "5", minimum = "0", maximum = "60", format = "int32")
        @Min(value = 0, message = "must be between 0 and 60") @Max(value = 60, message = "must be between 0 and 60") Integer infusionToleranceMinutes,
        @Schema(description = "Discharge: the vitals, MOAA/S and CADSS that clear discharge must each be the latest of their kind and measured within this many minutes before the discharge; absent: carried over from the current version",
                example = "15", minimum = "1", maximum = "120", format = "int32")
        @Min(value = 1, message = "must be between 1 and 120") @Max(value = 120, message = "must be between 1 and 120") Integer dischargeEvidenceMinutes,
        @Schema(description = "Discharge: lowest systolic, mmHg, even within the baseline tolerance (hypotension floor); absent: carried over from the current version",
                example = "90", minimum = "50", maximum = "140", format = "int32")
        @Min(value = 50, message = "must be between 50 and 140") @Max(value = 140, message = "must be between 50 and 140") Integer dischargeMinSystolic,
        @Schema(description = "Discharge: lowest diastolic, mmHg (hypotension floor); absent: carried over from the current version",
                example = "50", minimum = "30", maximum = "100", format = "int32")
        @Min(value = 30, message = "must be between 30 and 100") @Max(value = 100, message = "must be between 30 and 100") Integer dischargeMinDiastolic,
        @Schema(description = "Discharge: lowest heart rate, bpm (bradycardia floor); absent: carried over from the current version",
                example = "50", minimum = "30", maximum = "100", format = "int32")
        @Min(value = 30, message = "must be between 30 and 100") @Max(value = 100, message = "must be between 30 and 100") Integer dischargeMinHeartRate,
        @Schema(description = "Discharge: lowest respiratory rate, breaths/min, checked when a respiratory rate was recorded since the dose (it must then also be fresh); absent: carried over from the current version",
                example = "10", minimum = "4", maximum = "30", format = "int32")
        @Min(value = 4, message = "must be between 4 and 30") @Max(value = 30, message = "must be between 4 and 30") Integer dischargeMinRespiratoryRate,
        @Schema(description = "Alert: a MOAA/S at or below this raises a deep-sedation alert when it is recorded; absent: carried over from the current version",
                example = "2", minimum = "0", maximum = "5", format = "int32")
        @Min(value = 0, message = "must be between 0 and 5") @Max(value = 5, message = "must be between 0 and 5") Integer alertMoaas,
        @Schema(description = "Vitals schedule: a time point is met by a blood pressure measured within this many minutes before or after it, and missed (alert) when this long has passed after it without one; absent: carried over from the current version",
                example = "5", minimum = "0", maximum = "60", format = "int32")
        @Min(value = 0, message = "must be between 0 and 60") @Max(value = 60, message = "must be between 0 and 60") Integer vitalsGraceMinutes,
        @Schema(description = "REMS: a dosed session not ended (discharged or aborted) this many minutes after its dose start is overdue for REMS, listed as due and alerted; absent: carried over from the current version",
                example = "360", minimum = "60", maximum = "2880", format = "int32")
        @Min(value = 60, message = "must be between 60 and 2880") @Max(value = 2880, message = "must be between 60 and 2880") Integer remsSessionCloseMinutes,
        @Schema(description = "REMS: the \"~40 min\" blood pressure is a reading at least this many minutes after the dose start; absent: carried over from the current version",
                example = "30", minimum = "0", maximum = "240", format = "int32")
        @Min(value = 0, message = "must be between 0 and 240") @Max(value = 240, message = "must be between 0 and 240") Integer remsBpWindowFromMinutes,
        @Schema(description = "REMS: the \"~40 min\" blood pressure is a reading at most this many minutes after the dose start (not before remsBpWindowFromMinutes); absent: carried over from the current version",
                example = "50", minimum = "0", maximum = "240", format = "int32")
        @Min(value = 0, message = "must be between 0 and 240") @Max(value = 240, message = "must be between 0 and 240") Integer remsBpWindowToMinutes,
        @Schema(description = "Per-route numbers; every route must appear once", maxItems = 4, required = true)
        @NotEmpty(message = "must name every route") @Size(max = 4, message = "must have at most 4 routes") List<@Valid @NotNull RouteRuleDto> routes) {
}
