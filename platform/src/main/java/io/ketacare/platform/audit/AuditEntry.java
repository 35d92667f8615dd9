package io.ketacare.platform.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One access to patient data: who, in which role, did what, to which patient, with which outcome")
public record AuditEntry(
        @Schema(description = "Audit entry id") UUID id,
        @Schema(description = "When the access happened") Instant occurredAt,
        @Schema(description = "Request id of the access", maxLength = 100) String requestId,
        @Schema(description = "Token subject of the caller, or anonymous", maxLength = 200) String actor,
        @Schema(description = "User name of the caller", example = "clinician1", maxLength = 200) String actorName,
        @Schema(description = "Role the caller acted in", example = "clinician", maxLength = 50) String role,
        @Schema(description = "READ, SEARCH, CREATE, UPDATE or DELETE", example = "READ", maxLength = 20) String action,
        @Schema(description = "HTTP method", example = "GET", maxLength = 10) String method,
        @Schema(description = "Request path", example = "/api/v1/patients/6f1c2b3a-0d4e-4f5a-8b6c-000000000001", maxLength = 500) String path,
        @Schema(description = "Patient whose data was accessed, when known") UUID patientId,
        @Schema(description = "HTTP status of the response", example = "200", minimum = "100", maximum = "599", format = "int32") int status,
        @Schema(description = "SUCCESS, DENIED (401/403/404) or FAILED", example = "SUCCESS", maxLength = 20) String outcome) {
}
