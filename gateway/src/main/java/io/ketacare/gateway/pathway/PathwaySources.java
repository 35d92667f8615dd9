package io.ketacare.gateway.pathway;

import io.ketacare.gateway.client.consent.ConsentRecord;
import io.ketacare.gateway.client.consent.PlanRecord;
import io.ketacare.gateway.client.patient.AssessmentRecord;
import io.ketacare.gateway.client.patient.EligibilityRecord;
import io.ketacare.gateway.client.patient.PatientRecord;
import io.ketacare.gateway.client.session.RemsReportRecord;
import io.ketacare.gateway.client.session.SessionRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What each owner answered for one patient's pathway. */
public record PathwaySources(UUID patientId, Instant now, Fetched<PatientRecord> patient, Fetched<EligibilityRecord> eligibility,
        Fetched<List<AssessmentRecord>> assessments, Fetched<List<ConsentRecord>> consents, Fetched<List<PlanRecord>> plans,
        Fetched<List<SessionRecord>> sessions, Fetched<List<RemsReportRecord>> remsReports) {
}
