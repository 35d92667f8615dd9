package io.ketacare.session.api;

import io.ketacare.session.domain.rems.RemsStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RemsMonitoringForm", description = "The fields of the esketamine REMS patient-monitoring form for one session")
public record RemsFormResponse(
        @Schema(description = "Dose in mg", example = "56", minimum = "0", maximum = "1000") BigDecimal doseMg,
        @Schema(description = "Number of devices", example = "2", minimum = "1", maximum = "3", format = "int32") Integer devices,
        @Schema(description = "Lot number", example = "LOT-24A117", maxLength = 50) String lotNumber,
        @Schema(description = "First device administered") Instant firstDeviceAt,
        @Schema(description = "End of monitoring (discharge)") Instant monitoringEndedAt,
        @Schema(description = "Minutes from the first device to the end of monitoring", example = "135", minimum = "0", maximum = "100000", format = "int32")
        Integer monitoringMinutes,
        @Schema(description = "Blood pressure before dosing, e.g. 128/82", example = "128/82", maxLength = 10) String bloodPressureBeforeDosing,
        @Schema(description = "Blood pressure about 40 minutes after the first device: the reading inside the protocol window (default 30 to 50 min) nearest 40 min; null when there is none", example = "138/86", maxLength = 10) String bloodPressureAt40Minutes,
        @Schema(description = "Blood pressure before discharge", example = "126/80", maxLength = 10) String bloodPressureBeforeDischarge,
        @Schema(description = "Sedation observed (a MOAA/S below 5)", example = "false") boolean sedationObserved,
        @Schema(description = "Dissociation observed (a CADSS above 0)", example = "true") boolean dissociationObserved,
        @Schema(description = "Respiratory depression observed (SpO2 below the alert limit or a respiratory adverse event)", example = "false")
        boolean respiratoryDepressionObserved,
        @Schema(description = "Concomitant medications") ConcomitantMedications concomitantMedications,
        @Schema(description = "Submission due (7 days after the session day in the clinic's time zone)", example = "2026-05-11") LocalDate dueDate,
        @Schema(description = "DUE, OVERDUE or SUBMITTED", example = "DUE") RemsStatus status,
        @Schema(description = "When it was submitted") Instant submittedAt,
        @Schema(description = "Submission reference", example = "REMS-2026-000123", maxLength = 100) String submissionReference,
        @Schema(description = """
                True when no blood pressure was recorded inside the protocol window after the first device (default 30 to 50 min): \
                bloodPressureAt40Minutes is then null and the form reports it missing""", example = "false")
        boolean bloodPressureAt40MinutesMissing,
        @Schema(description = """
                True when the session was dosed but not discharged or aborted within the protocol's time after the first device \
                (default 360 min): the form is due and a SESSION_NOT_CLOSED alert is raised""", example = "false")
        boolean sessionNotClosed) {
}
