package io.ketacare.gateway.client.patient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A scored instrument as patient-service publishes it (schema {@code Assessment}), with the change
 * against baseline and the response, remission and relapse flags it computed.
 */
public record AssessmentRecord(UUID id, UUID patientId, String instrument, String instrumentVersion, String codeSystem,
        String panelCode, String scoreCode, List<Integer> items, int total, String band, List<String> flags, boolean baseline,
        Integer baselineTotal, Integer changeFromBaseline, Double percentChangeFromBaseline, Boolean response, Boolean remission,
        Instant administeredAt, Instant recordedAt, String recordedBy, long version) {

    public static final String RELAPSE_SIGNAL = "RELAPSE_SIGNAL";

    public List<String> flagsOrEmpty() {
        return flags == null ? List.of() : flags;
    }

    public boolean relapseSignal() {
        return flagsOrEmpty().contains(RELAPSE_SIGNAL);
    }
}
