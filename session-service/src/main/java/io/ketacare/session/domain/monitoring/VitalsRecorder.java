package io.ketacare.session.domain.monitoring;

import io.agroal.api.AgroalDataSource;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.SessionTransitions;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.domain.timeline.Timeline;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Stores vitals one by one or in device batches. Each reading carries the sender's id; a
 * retried batch inserts nothing twice ({@code ON CONFLICT DO NOTHING} on (session, client id),
 * JDBC batched), and a sender's id already stored with other values refuses the whole batch (409).
 * Readings stored now are checked against the alert limits. A reading measured in the future is refused (400),
 * one measured before the check-in too (422); one charted more than the charting allowance after it was measured,
 * or after the session ended (a device sending late), is stored as a late entry.
 * <p>
 * Requests for one session run side by side: each holds a share lock on the session, so a state change waits
 * for them and none records into a session that is being discharged. Only readings above the repeat limit
 * run one after the other (an advisory lock taken after their insert), so that of two high readings sent
 * at once the second always sees the first.
 */
@ApplicationScoped
public class VitalsRecorder {

    static final EnumSet<SessionStatus> RECORDING = EnumSet.of(SessionStatus.CHECKED_IN, SessionStatus.READY_TO_DOSE,
            SessionStatus.DOSING, SessionStatus.MONITORING);
    /** Readings that arrive after the session ended are kept as late entries; the session stays ended. */
    static final EnumSet<SessionStatus> ENDED = EnumSet.of(SessionStatus.DISCHARGED, SessionStatus.ABORTED);
    static final EnumSet<SessionStatus> ACCEPTING = EnumSet.copyOf(RECORDING);

    static {
        ACCEPTING.addAll(ENDED);
    }

    @Inject
    Sessions sessions;

    @Inject
    SessionProtocols protocols;

    @Inject
    SessionRecords records;

    @Inject
    SessionAlerts sessionAlerts;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** What a batch changed. */
    public record Receipt(Session session, int stored, int alreadyPresent, List<SessionAlert> alerts) {
    }

    @Transactional
    public Receipt record(UUID sessionId, List<VitalReading> batch, String by) {
        // the database keeps microseconds: the batch holds what is stored, so that a resent reading compares equal
        batch.forEach(r -> r.measuredAt = r.measuredAt.truncatedTo(ChronoUnit.MICROS));
        Session s = sessions.share(sessionId);
        SessionTransitions.requireState(s.status, ACCEPTING, "record vitals of");
        SessionProtocol protocol = protocols.version(s.protocolVersion);
        Instant now = clock.instant();
        ObservationTimeline.require(IntStream.range(0, batch.size()).mapToObj(i -> new ObservationTimeline.Observed(
                "readings[" + i + "].measuredAt", "reading " + batch.get(i).clientReadingId, batch.get(i).measuredAt)).toList(),
                s.checkedInAt, "MEASURED_BEFORE_CHECK_IN", protocol, now);
        boolean ended = ENDED.contains(s.status);
        for (VitalReading r : batch) {
            r.id = UUID.randomUUID();
            r.sessionId = sessionId;
            r.recordedBy = by;
            r.recordedAt = now;
            r.lateEntry = ended || Timeline.isLateEntry(r.measuredAt, now, protocol);
        }
        List<VitalReading> stored = insert(batch);
        if (stored.size() < batch.size()) {
            requireSameAsStored(sessionId, batch, stored);
        }
        List<SessionAlert> alerts = alerts(s, stored, protocol);
        return new Receipt(s, stored.size(), batch.size() - stored.size(), alerts);
    }

    /**
     * A reading whose sender's id is already stored is a retry only when it carries the same values; otherwise the
     * sender holds two different readings under one id, and the batch is refused (its transaction stores nothing).
     */
    private void requireSameAsStored(UUID sessionId, List<VitalReading> batch, List<VitalReading> stored) {
        List<VitalReading> present = batch.stream().filter(r -> !stored.contains(r)).toList();
        Map<String, VitalReading> before = new HashMap<>();
        records.vitalsByClientReadingIds(sessionId, present.stream().map(r -> r.clientReadingId).toList())
                .forEach(v -> before.put(v.clientReadingId, v));
        List<String> differing = new ArrayList<>();
        for (VitalReading r : present) {
            VitalReading was = before.get(r.clientReadingId);
            if (was != null && !VitalReadings.sameContent(was, r)) {
                differing.add(r.clientReadingId + " (stored: " + VitalReadings.describe(was) + "; sent: " + VitalReadings.describe(r) + ")");
            }
        }
        if (!differing.isEmpty()) {
            throw ProblemException.conflict("vital-reading-conflict", "Reading id already used for other values",
                    "clientReadingId " + String.join(", ", differing) + " already names a stored reading with other values; nothing of this"
                            + " batch was stored. A stored reading is never overwritten: send a correction under a new clientReadingId.");
        }
    }

    private List<VitalReading> insert(List<VitalReading> batch) {
        String sql = "INSERT INTO vital_reading (id, session_id, client_reading_id, measured_at, systolic, diastolic, heart_rate, spo2,"
                + " respiratory_rate, source, recorded_by, recorded_at, late_entry, late_entry_reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
                st.setBoolean(13, r.lateEntry);
                st.setString(14, r.lateEntryReason);
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

    private List<SessionAlert> alerts(Session s, List<VitalReading> stored, SessionProtocol protocol) {
        if (stored.isEmpty()) {
            return List.of();
        }
        List<VitalReading> candidates = repeatCandidates(s, stored, protocol);
        List<SessionAlert> raised = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            VitalReading r = stored.get(i);
            for (AlertRules.Raised a : AlertRules.check(r, pairable(stored, i, candidates, protocol), protocol)) {
                raised.add(sessionAlerts.raise(s.id, a, r.id, r.measuredAt));
            }
        }
        return raised;
    }

    /**
     * What the reading at {@code index} of this batch may be paired with: every candidate stored before this batch,
     * and the high readings of this batch measured before it (or at the same moment and earlier in the batch). Every
     * blood pressure at or below the limit is kept, of this batch too: it breaks a sustained run wherever it lies.
     */
    private static List<VitalReading> pairable(List<VitalReading> batch, int index, List<VitalReading> candidates, SessionProtocol p) {
        VitalReading r = batch.get(index);
        return candidates.stream().filter(o -> {
            int at = IntStream.range(0, batch.size()).filter(j -> batch.get(j).id.equals(o.id)).findFirst().orElse(-1);
            if (at < 0 || !AlertRules.aboveRepeatLimit(o, p)) {
                return true;
            }
            // the batch's own order within one instant
            int order = batch.get(at).measuredAt.compareTo(r.measuredAt);
            return order < 0 || order == 0 && at < index;
        }).toList();
    }

    /**
     * The readings the sustained-high-blood-pressure rule looks at: the session's blood pressures, high ones to pair
     * with and the others that break a run. None are read when no new reading is above the limit (the usual case).
     */
    private List<VitalReading> repeatCandidates(Session s, List<VitalReading> stored, SessionProtocol protocol) {
        if (stored.stream().noneMatch(r -> AlertRules.aboveRepeatLimit(r, protocol))) {
            return List.of();
        }
        sessions.lockRepeatCheck(s.id);
        return records.bloodPressures(s.id);
    }

    private static void setInt(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }
}
