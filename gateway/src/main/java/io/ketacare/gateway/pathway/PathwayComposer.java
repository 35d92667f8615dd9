package io.ketacare.gateway.pathway;

import io.ketacare.gateway.client.CallerContext;
import io.ketacare.gateway.client.ConsentServiceClient;
import io.ketacare.gateway.client.PatientServiceClient;
import io.ketacare.gateway.client.ServiceException;
import io.ketacare.gateway.client.SessionServiceClient;
import io.ketacare.gateway.client.consent.ConsentRecord;
import io.ketacare.gateway.client.consent.PlanRecord;
import io.ketacare.gateway.client.patient.AssessmentRecord;
import io.ketacare.gateway.client.patient.EligibilityRecord;
import io.ketacare.gateway.client.patient.PatientRecord;
import io.ketacare.gateway.client.session.RemsReportRecord;
import io.ketacare.gateway.client.session.SessionRecord;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Asks every owner at once, each call with its deadline, with the caller's token, and assembles
 * what came back. Only patient-service's "no such patient (or not yours)" ends the composition with
 * 404; any other failure leaves its part UNAVAILABLE.
 */
@Singleton
public class PathwayComposer {

    private final PatientServiceClient patients;
    private final ConsentServiceClient consents;
    private final SessionServiceClient sessions;
    private final Clock clock;

    public PathwayComposer(PatientServiceClient patients, ConsentServiceClient consents, SessionServiceClient sessions) {
        this.patients = patients;
        this.consents = consents;
        this.sessions = sessions;
        this.clock = Clock.systemUTC();
    }

    public Future<Pathway> compose(UUID patientId, CallerContext caller) {
        Future<PatientRecord> patient = patients.patient(patientId, caller);
        Future<EligibilityRecord> eligibility = patients.eligibility(patientId, caller);
        Future<List<AssessmentRecord>> assessments = patients.assessments(patientId, caller);
        Future<List<ConsentRecord>> consentList = consents.consents(patientId, caller);
        Future<List<PlanRecord>> plans = consents.plans(patientId, caller);
        Future<List<SessionRecord>> sessionList = sessions.sessions(patientId, caller);
        Future<List<RemsReportRecord>> rems = sessions.overdueRemsReports(patientId, caller);
        return Future.join(List.of(patient, eligibility, assessments, consentList, plans, sessionList, rems)).transform(done -> {
            if (patient.failed() && patient.cause() instanceof ServiceException e && e.kind() == ServiceException.Kind.NOT_FOUND) {
                return Future.failedFuture(e);
            }
            return Future.succeededFuture(PathwayAssembler.assemble(new PathwaySources(patientId, clock.instant(), Fetched.of(patient),
                    Fetched.of(eligibility), Fetched.of(assessments), Fetched.of(consentList), Fetched.of(plans), Fetched.of(sessionList),
                    Fetched.of(rems))));
        });
    }
}
