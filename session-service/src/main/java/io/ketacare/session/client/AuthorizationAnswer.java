package io.ketacare.session.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** consent-service's treatment authorization, the fields this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthorizationAnswer(UUID patientId, String route, boolean authorized, List<Reason> reasons, UUID consentId,
        Instant consentExpiresAt, UUID planId, Integer planVersion, Integer protocolVersion, Dose dose, BigDecimal firstDoseMg,
        Integer infusionMinutes, Instant evaluatedAt) {

    /** One unmet prerequisite. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, String message) {
    }

    /** The plan's dose rule. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dose(String unit, BigDecimal value) {
    }

    public List<Reason> reasonsOrEmpty() {
        return reasons == null ? List.of() : reasons;
    }
}
