package io.ketacare.session.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** consent-service's treatment plan, the fields this service reads to propose sessions. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanAnswer(UUID id, UUID patientId, String status, int planVersion, String route, List<Phase> phases,
        int estimatedSessions, Instant activatedAt) {

    /** One schedule phase. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phase(String name, int weeks, BigDecimal sessionsPerWeek) {
    }
}
