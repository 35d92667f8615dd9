package io.ketacare.gateway.client.session;

import java.util.List;
import java.util.UUID;

/** What was recorded during one session (schema {@code MonitoringRecord}): the session, vitals, scores and adverse events. */
public record MonitoringRecord(UUID patientId, SessionRecord session, List<VitalRecord> vitals, List<ScoreRecord> scores,
        List<AdverseEventRecord> adverseEvents) {

    public UUID sessionId() {
        return session == null ? null : session.id();
    }

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
