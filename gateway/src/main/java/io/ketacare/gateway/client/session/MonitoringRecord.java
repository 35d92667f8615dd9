package io.ketacare.gateway.client.session;

import java.util.List;
import java.util.UUID;

/** What was recorded during one session: vitals, scores and adverse events (from its monitoring record). */
public record MonitoringRecord(UUID sessionId, List<VitalRecord> vitals, List<ScoreRecord> scores, List<AdverseEventRecord> adverseEvents) {

    public List<VitalRecord> vitalsOrEmpty() {
        return vitals == null ? List.of() : vitals;
    }

    public List<ScoreRecord> scoresOrEmpty() {
        return scores == null ? List.of() : scores;
    }

    public List<AdverseEventRecord> adverseEventsOrEmpty() {
        return adverseEvents == null ? List.of() : adverseEvents;
    }
}
