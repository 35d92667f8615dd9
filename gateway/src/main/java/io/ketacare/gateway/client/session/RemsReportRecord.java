package io.ketacare.gateway.client.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A REMS patient-monitoring form and where it stands against its due date (DUE, OVERDUE, SUBMITTED). */
public record RemsReportRecord(UUID sessionId, UUID patientId, String status, LocalDate dueDate, Instant sessionDate) {
}
