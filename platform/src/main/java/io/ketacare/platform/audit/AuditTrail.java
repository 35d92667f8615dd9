package io.ketacare.platform.audit;

import io.agroal.api.AgroalDataSource;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The append-only audit trail of this service's database. */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Vertx vertx;

    /** Records the entry on a worker thread; audit I/O never runs on an event-loop thread. */
    public void record(AuditEntry entry) {
        if (BlockingOperationControl.isBlockingAllowed()) {
            insert(entry);
        } else {
            vertx.executeBlocking(() -> {
                insert(entry);
                return null;
            }, false);
        }
    }

    private void insert(AuditEntry e) {
        String sql = "INSERT INTO audit_event (id, occurred_at, request_id, actor, actor_name, role, action, method, path, patient_id, status, outcome)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, e.id());
            s.setTimestamp(2, Timestamp.from(e.occurredAt()));
            s.setString(3, e.requestId());
            s.setString(4, e.actor());
            s.setString(5, e.actorName());
            s.setString(6, e.role());
            s.setString(7, e.action());
            s.setString(8, e.method());
            s.setString(9, e.path());
            s.setObject(10, e.patientId());
            s.setInt(11, e.status());
            s.setString(12, e.outcome());
            s.executeUpdate();
        } catch (SQLException ex) {
            LOG.errorf(ex, "AUDIT WRITE FAILED for %s %s by %s (request %s)", e.method(), e.path(), e.actor(), e.requestId());
        }
    }

    public Page<AuditEntry> find(UUID patientId, PageParams paging) {
        String where = patientId == null ? "" : " WHERE patient_id = ?";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM audit_event" + where)) {
                if (patientId != null) {
                    s.setObject(1, patientId);
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM audit_event" + where
                    + " ORDER BY occurred_at DESC, id LIMIT ? OFFSET ?")) {
                int i = 1;
                if (patientId != null) {
                    s.setObject(i++, patientId);
                }
                s.setInt(i++, paging.size());
                s.setLong(i, paging.offset());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                                rs.getString("request_id"), rs.getString("actor"), rs.getString("actor_name"), rs.getString("role"),
                                rs.getString("action"), rs.getString("method"), rs.getString("path"),
                                rs.getObject("patient_id", UUID.class), rs.getInt("status"), rs.getString("outcome")));
                    }
                }
            }
            return Page.of(items, paging, total);
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot read the audit trail", ex);
        }
    }
}
