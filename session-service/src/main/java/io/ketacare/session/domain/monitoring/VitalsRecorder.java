package io.ketacare.session.domain.monitoring;

import io.agroal.api.AgroalDataSource;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.SessionTransitions;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.persistence.SessionRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Stores vitals one by one or in device batches. Each reading carries the sender's id; a
 * retried batch inserts nothing twice ({@code ON CONFLICT DO NOTHING} on (session, client id),
 * JDBC batched). Readings stored now are checked against the alert limits.
 * <p>
 * Requests for one session run side by side: each holds a share lock on the session, so a state change waits
 * for them and none records into a session that has just been discharged. Only readings above the repeat limit
 * run one after the other (an advisory lock taken after their insert), so that of two high readings sent
 * at once the second always sees the first.
 */
@ApplicationScoped
public class VitalsRecorder {

    static final EnumSet<SessionStatus> RECORDING = EnumSet.of(SessionStatus.CHECKED_IN, SessionStatus.READY_TO_DOSE,
            SessionStatus.DOSING, SessionStatus.MONITORING);

    @Inject
    Sessions sessions;

    @Inject
    SessionProtocols protocols;

    @Inject
    SessionRecords records;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** What a batch changed. */
    public record Receipt(Session session, int stored, int alreadyPresent, List<SessionAlert> alerts) {
    }

    @Transactional
    public Receipt record(UUID sessionId, List<VitalReading> batch, String by) {
        Session s = sessions.share(sessionId);
        SessionTransitions.requireState(s.status, RECORDING, "record vitals of");
        Instant now = clock.instant();
        for (VitalReading r : batch) {
            r.id = UUID.randomUUID();
            r.sessionId = sessionId;
            r.recordedBy = by;
            r.recordedAt = now;
        }
        List<VitalReading> stored = insert(batch);
        List<SessionAlert> alerts = alerts(s, stored);
        return new Receipt(s, stored.size(), batch.size() - stored.size(), alerts);
    }

    private List<VitalReading> insert(List<VitalReading> batch) {
        String sql = "INSERT INTO vital_reading (id, session_id, client_reading_id, measured_at, systolic, diastolic, heart_rate, spo2,"
                + " respiratory_rate, source, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (session_id, client_reading_id) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (VitalReading r : batch) {
                st.setObject(1, r.id);
                st.setObject(2, r.sessionId);
                st.setString(3, r.clientReadingId);
                st.setTimestamp(4, Timestamp.from(r.measuredAt));
                setInt(st, 5, r.systolic);
                setInt(st, 6, r.diastolic);
                setInt(st, 7, r.heartRate);
                setInt(st, 8, r.spo2);
                setInt(st, 9, r.respiratoryRate);
                st.setString(10, r.source.name());
                st.setString(11, r.recordedBy);
                st.setTimestamp(12, Timestamp.from(r.recordedAt));
                st.addBatch();
            }
            int[] counts = st.executeBatch();
            List<VitalReading> stored = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    stored.add(batch.get(i));
                }
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store vitals", e);
        }
    }

    private List<SessionAlert> alerts(Session s, List<VitalReading> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        SessionProtocol protocol = protocols.version(s.protocolVersion);
        List<VitalReading> candidates = repeatCandidates(s, stored, protocol);
        List<SessionAlert> raised = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            VitalReading r = stored.get(i);
            for (AlertRules.Raised a : AlertRules.check(r, pairable(stored, i, candidates), protocol)) {
                SessionAlert alert = new SessionAlert();
                alert.id = UUID.randomUUID();
                alert.sessionId = s.id;
                alert.kind = a.kind();
                alert.message = a.message();
                alert.readingId = r.id;
                alert.raisedAt = r.measuredAt;
                records.persist(alert);
                raised.add(alert);
            }
        }
        return raised;
    }

    /**
     * What the reading at {@code index} of this batch may be paired with: every candidate stored before this batch,
     * and the readings of this batch measured before it (or at the same moment and earlier in the batch).
     */
    private static List<VitalReading> pairable(List<VitalReading> batch, int index, List<VitalReading> candidates) {
        VitalReading r = batch.get(index);
        return candidates.stream().filter(o -> {
            int at = IntStream.range(0, batch.size()).filter(j -> batch.get(j).id.equals(o.id)).findFirst().orElse(-1);
            if (at < 0) {
                return true;
            }
            // the batch's own instants: the stored copy is rounded to microseconds
            int order = batch.get(at).measuredAt.compareTo(r.measuredAt);
            return order < 0 || order == 0 && at < index;
        }).toList();
    }

    /**
     * The readings the repeated-high-blood-pressure rule can pair the new ones with: above the repeat limit and within its
     * window of a new reading above it. None are read when no new reading is above the limit (the usual case).
     */
    private List<VitalReading> repeatCandidates(Session s, List<VitalReading> stored, SessionProtocol protocol) {
        List<VitalReading> high = stored.stream().filter(r -> AlertRules.aboveRepeatLimit(r, protocol)).toList();
        if (high.isEmpty()) {
            return List.of();
        }
        sessions.lockRepeatCheck(s.id);
        Duration window = Duration.ofMinutes(protocol.alertRepeatWindowMinutes);
        return records.vitalsAboveBetween(s.id, protocol.alertRepeatSystolic, protocol.alertRepeatDiastolic,
                high.stream().map(r -> r.measuredAt).min(Instant::compareTo).orElseThrow().minus(window),
                high.stream().map(r -> r.measuredAt).max(Instant::compareTo).orElseThrow().plus(window));
    }

    private static void setInt(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }
}
