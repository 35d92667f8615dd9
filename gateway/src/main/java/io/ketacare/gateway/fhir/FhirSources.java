package io.ketacare.gateway.fhir;

import io.ketacare.gateway.client.CallerContext;
import io.ketacare.gateway.client.ConsentServiceClient;
import io.ketacare.gateway.client.PatientServiceClient;
import io.ketacare.gateway.client.SessionServiceClient;
import io.ketacare.gateway.client.session.MonitoringRecord;
import io.ketacare.gateway.client.session.SessionRecord;
import io.ketacare.gateway.fhir.mapping.AdverseEventMapper;
import io.ketacare.gateway.fhir.mapping.AppointmentMapper;
import io.ketacare.gateway.fhir.mapping.AssessmentObservationMapper;
import io.ketacare.gateway.fhir.mapping.CarePlanMapper;
import io.ketacare.gateway.fhir.mapping.ConditionMapper;
import io.ketacare.gateway.fhir.mapping.ConsentMapper;
import io.ketacare.gateway.fhir.mapping.EncounterMapper;
import io.ketacare.gateway.fhir.mapping.MedicationAdministrationMapper;
import io.ketacare.gateway.fhir.mapping.MedicationRequestMapper;
import io.ketacare.gateway.fhir.mapping.MedicationStatementMapper;
import io.ketacare.gateway.fhir.mapping.PatientMapper;
import io.ketacare.gateway.fhir.mapping.SessionScoreMapper;
import io.ketacare.gateway.fhir.mapping.VitalSigns;
import io.ketacare.gateway.fhir.mapping.VitalSignsMapper;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * Where each FHIR type of a patient comes from: the owning service's records, read with the caller's
 * token (so the owner's access rules apply) and mapped. Observations come from two owners; when
 * session-service cannot be read the scores and screening vitals are still given, with a warning
 * naming what is missing. Every other type fails as a whole when its owner does.
 */
@Singleton
public class FhirSources {

    private final PatientServiceClient patients;
    private final ConsentServiceClient consents;
    private final SessionServiceClient sessions;

    public FhirSources(PatientServiceClient patients, ConsentServiceClient consents, SessionServiceClient sessions) {
        this.patients = patients;
        this.consents = consents;
        this.sessions = sessions;
    }

    public Future<Found> of(FhirType type, UUID patientId, CallerContext caller) {
        return switch (type) {
            case PATIENT -> patients.patient(patientId, caller).map(p -> Found.of(List.of(PatientMapper.toFhir(p))));
            case OBSERVATION -> observations(patientId, caller);
            case CONDITION -> patients.conditions(patientId, caller).map(list -> Found.of(list.stream().map(ConditionMapper::toFhir).toList()));
            case MEDICATION_STATEMENT -> patients.medications(patientId, caller)
                    .map(list -> Found.of(list.stream().map(MedicationStatementMapper::toFhir).toList()));
            case CONSENT -> consents.consents(patientId, caller).map(list -> Found.of(list.stream().map(ConsentMapper::toFhir).toList()));
            case CARE_PLAN -> consents.plans(patientId, caller).map(list -> Found.of(list.stream().map(CarePlanMapper::toFhir).toList()));
            case MEDICATION_REQUEST -> consents.plans(patientId, caller)
                    .map(list -> Found.of(list.stream().map(MedicationRequestMapper::toFhir).toList()));
            case APPOINTMENT -> sessions.sessions(patientId, caller).map(list -> Found.of(list.stream().map(AppointmentMapper::toFhir).toList()));
            case ENCOUNTER -> sessions.sessions(patientId, caller).map(list -> Found.of(list.stream().map(EncounterMapper::toFhir).toList()));
            case MEDICATION_ADMINISTRATION -> sessions.sessions(patientId, caller).map(list -> Found.of(list.stream()
                    .filter(s -> s.dose() != null).map(MedicationAdministrationMapper::toFhir).toList()));
            case ADVERSE_EVENT -> monitoring(patientId, caller).map(records -> Found.of(records.stream()
                    .flatMap(m -> m.adverseEventsOrEmpty().stream()).map(AdverseEventMapper::toFhir).toList()));
        };
    }

    private Future<Found> observations(UUID patientId, CallerContext caller) {
        Future<List<Observation>> scores = patients.assessments(patientId, caller)
                .map(list -> list.stream().map(AssessmentObservationMapper::toFhir).toList());
        Future<List<Observation>> screeningVitals = patients.screenings(patientId, caller).map(list -> list.stream()
                .filter(s -> s.vitals() != null)
                .flatMap(s -> VitalSignsMapper.toFhir(VitalSigns.atScreening(s)).stream()).toList());
        Future<List<Observation>> inSession = monitoring(patientId, caller).map(records -> records.stream()
                .flatMap(m -> sessionObservations(patientId, m).stream()).toList());
        return Future.join(scores, screeningVitals, inSession).transform(done -> {
            if (scores.failed()) {
                return Future.failedFuture(scores.cause());
            }
            if (screeningVitals.failed()) {
                return Future.failedFuture(screeningVitals.cause());
            }
            List<Resource> all = new ArrayList<>(scores.result());
            all.addAll(screeningVitals.result());
            if (inSession.failed()) {
                return Future.succeededFuture(new Found(all, List.of("In-session vital signs, MOAA/S and CADSS are missing: "
                        + inSession.cause().getMessage())));
            }
            all.addAll(inSession.result());
            return Future.succeededFuture(Found.of(all));
        });
    }

    private static List<Observation> sessionObservations(UUID patientId, MonitoringRecord m) {
        List<Observation> observations = new ArrayList<>();
        m.vitalsOrEmpty().forEach(v -> observations.addAll(VitalSignsMapper.toFhir(VitalSigns.inSession(patientId, m.sessionId(), v))));
        m.scoresOrEmpty().forEach(s -> observations.add(SessionScoreMapper.toFhir(s)));
        return observations;
    }

    /** The monitoring records of every session that began (a booked or cancelled one has none). */
    private Future<List<MonitoringRecord>> monitoring(UUID patientId, CallerContext caller) {
        return sessions.sessions(patientId, caller).compose(list -> {
            List<Future<MonitoringRecord>> records = list.stream()
                    .filter(SessionRecord::began)
                    .map(s -> sessions.monitoring(s.id(), caller)).toList();
            return Future.all(records).map(done -> records.stream().map(Future::result).toList());
        });
    }
}
