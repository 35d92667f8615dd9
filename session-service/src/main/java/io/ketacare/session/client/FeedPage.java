package io.ketacare.session.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of consent-service's change feed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage(List<Event> items, long next) {

    /** One consent or plan state change. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(long sequence, UUID id, Instant occurredAt, String aggregateType, UUID aggregateId, UUID patientId, String type,
            String status, int version) {
    }
}
