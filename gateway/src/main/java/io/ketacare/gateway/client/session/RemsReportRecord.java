package io.ketacare.gateway.client.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A REMS patient-monitoring form and where it stands against its due date (schema {@code RemsReport}: DUE, OVERDUE, SUBMITTED). */
public record RemsReportRecord(UUID sessionId, UUID patientId, Instant sessionEndedAt, LocalDate dueDate, String status, Instant submittedAt) {
}
