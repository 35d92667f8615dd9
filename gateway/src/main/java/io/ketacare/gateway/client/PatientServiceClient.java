package io.ketacare.gateway.client;

import static io.ketacare.gateway.routing.Service.PATIENT;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ketacare.gateway.client.patient.AssessmentRecord;
import io.ketacare.gateway.client.patient.ConditionRecord;
import io.ketacare.gateway.client.patient.EligibilityRecord;
import io.ketacare.gateway.client.patient.MedicationRecord;
import io.ketacare.gateway.client.patient.PatientRecord;
import io.ketacare.gateway.client.patient.ScreeningRecord;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Reads of patient-service: the patient, the clinical record, the scores and the eligibility decision. */
@Singleton
public class PatientServiceClient {

    private static final String PATIENTS = "/api/v1/patients";

    private final ServiceCalls calls;
    private final JavaType patientPage;

    public PatientServiceClient(ServiceCalls calls, ObjectMapper json) {
        this.calls = calls;
        this.patientPage = json.getTypeFactory().constructParametricType(Page.class, PatientRecord.class);
    }

    public Future<PatientRecord> patient(UUID patientId, CallerContext caller) {
        return calls.get(PATIENT, PATIENTS + "/" + patientId, caller, PatientRecord.class);
    }

    /** One page of the search by name or MRN (clinical roles). */
    public Future<Page<PatientRecord>> search(String query, int page, int size, CallerContext caller) {
        String target = PATIENTS + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page + "&size=" + size;
        return calls.get(PATIENT, target, caller, patientPage);
    }

    public Future<EligibilityRecord> eligibility(UUID patientId, CallerContext caller) {
        return calls.get(PATIENT, PATIENTS + "/" + patientId + "/eligibility", caller, EligibilityRecord.class);
    }

    /** Every assessment, newest first, each with its change against baseline and flags. */
    public Future<List<AssessmentRecord>> assessments(UUID patientId, CallerContext caller) {
        return calls.all(PATIENT, PATIENTS + "/" + patientId + "/assessments", caller, AssessmentRecord.class);
    }

    public Future<List<ConditionRecord>> conditions(UUID patientId, CallerContext caller) {
        return calls.all(PATIENT, PATIENTS + "/" + patientId + "/conditions", caller, ConditionRecord.class);
    }

    public Future<List<MedicationRecord>> medications(UUID patientId, CallerContext caller) {
        return calls.all(PATIENT, PATIENTS + "/" + patientId + "/medications", caller, MedicationRecord.class);
    }

    public Future<List<ScreeningRecord>> screenings(UUID patientId, CallerContext caller) {
        return calls.all(PATIENT, PATIENTS + "/" + patientId + "/screenings", caller, ScreeningRecord.class);
    }
}
