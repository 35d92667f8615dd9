package io.ketacare.gateway.client;

import static io.ketacare.gateway.routing.Service.SESSION;

import io.ketacare.gateway.client.session.MonitoringRecord;
import io.ketacare.gateway.client.session.RemsReportRecord;
import io.ketacare.gateway.client.session.SessionRecord;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** Reads of session-service: a patient's sessions, what was recorded in each, and REMS reports. */
@Singleton
public class SessionServiceClient {

    private final ServiceCalls calls;

    public SessionServiceClient(ServiceCalls calls) {
        this.calls = calls;
    }

    /** Every session of the patient, booked, under way or ended. */
    public Future<List<SessionRecord>> sessions(UUID patientId, CallerContext caller) {
        return calls.all(SESSION, "/api/v1/sessions?patientId=" + patientId, caller, SessionRecord.class);
    }

    /** Vitals, scores and adverse events recorded in a session. */
    public Future<MonitoringRecord> monitoring(UUID sessionId, CallerContext caller) {
        return calls.get(SESSION, "/api/v1/sessions/" + sessionId + "/monitoring-record", caller, MonitoringRecord.class);
    }

    /** The patient's REMS monitoring forms past their due date. */
    public Future<List<RemsReportRecord>> overdueRemsReports(UUID patientId, CallerContext caller) {
        return calls.all(SESSION, "/api/v1/rems-reports?status=overdue&patientId=" + patientId, caller, RemsReportRecord.class);
    }
}
