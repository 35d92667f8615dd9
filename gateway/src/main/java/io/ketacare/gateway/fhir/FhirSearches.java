package io.ketacare.gateway.fhir;

import io.ketacare.gateway.client.CallerContext;
import io.ketacare.gateway.client.PatientServiceClient;
import io.ketacare.gateway.client.ServiceException;
import io.ketacare.gateway.fhir.mapping.FhirIds;
import io.ketacare.gateway.fhir.mapping.PatientMapper;
import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads and searches of the FHIR face. A search about one patient first asks patient-service for
 * that patient with the caller's token: a patient the caller may not see (or that does not exist)
 * gives an empty Bundle, whatever the other owners would say; another owner that finds nothing for a
 * patient that exists is out of step, and the search is unavailable rather than empty. A read finds the owning patient from
 * the id and looks among that patient's resources, so reads and searches always agree.
 */
@Singleton
public class FhirSearches {

    private final PatientServiceClient patients;
    private final FhirSources sources;

    public FhirSearches(PatientServiceClient patients, FhirSources sources) {
        this.patients = patients;
        this.sources = sources;
    }

    public Future<Bundle> search(String base, SearchRequest search, CallerContext caller) {
        if (search.type() == FhirType.PATIENT) {
            return searchPatients(base, search, caller);
        }
        UUID patientId = search.patient().orElseThrow(() -> FhirException.invalid(
                search.type().fhirName() + " searches need the patient: ?patient=Patient/<id>"));
        return ofPatient(search.type(), patientId, caller)
                .map(found -> Bundles.page(base, search, filter(search, found)));
    }

    public Future<Resource> read(FhirType type, String id, CallerContext caller) {
        UUID patientId = (type == FhirType.PATIENT ? FhirIds.uuid(id) : FhirIds.patientOf(id))
                .orElseThrow(() -> FhirException.notFound(type.fhirName() + "/" + id + " is not known"));
        return ofPatient(type, patientId, caller).map(found -> found.resources().stream()
                .filter(resource -> resource.getIdElement().getIdPart().equals(id))
                .<Resource>map(resource -> resource)
                .findFirst()
                .orElseThrow(() -> FhirException.notFound(type.fhirName() + "/" + id + " is not known")));
    }

    private Future<Found> ofPatient(FhirType type, UUID patientId, CallerContext caller) {
        if (type == FhirType.PATIENT) {
            return sources.of(type, patientId, caller).recover(failure -> notFoundIsNone(failure));
        }
        Future<?> owner = patients.patient(patientId, caller);
        Future<Found> found = sources.of(type, patientId, caller);
        return Future.join(owner, found).transform(done -> {
            if (owner.failed()) {
                return notFoundIsNone(owner.cause());
            }
            if (found.failed() && found.cause() instanceof ServiceException e && e.kind() == ServiceException.Kind.NOT_FOUND) {
                return Future.failedFuture(ServiceException.unavailable(e.service(),
                        e.service().serviceName() + " found no " + type.fhirName() + " records of a patient that patient-service knows"));
            }
            return found;
        });
    }

    private static Future<Found> notFoundIsNone(Throwable failure) {
        if (failure instanceof ServiceException e && e.kind() == ServiceException.Kind.NOT_FOUND) {
            return Future.succeededFuture(Found.none());
        }
        return Future.failedFuture(failure);
    }

    private Future<Bundle> searchPatients(String base, SearchRequest search, CallerContext caller) {
        if (search.parameter("_id").isPresent()) {
            UUID id = FhirIds.uuid(search.parameter("_id").get()).orElse(null);
            if (id == null) {
                return Future.succeededFuture(Bundles.page(base, search, Found.none()));
            }
            return ofPatient(FhirType.PATIENT, id, caller).map(found -> Bundles.page(base, search, found));
        }
        String name = search.parameter("name").orElseThrow(() -> FhirException.invalid("Patient searches need name or _id"));
        if (search.count() == 0 || search.offset() % search.count() != 0) {
            throw FhirException.invalid("Patient searches page by _count (1-200) and an _offset that is a multiple of it");
        }
        return patients.search(name, search.offset() / search.count(), search.count(), caller).map(page -> Bundles.searchset(
                base, search, page.itemsOrEmpty().stream().map(PatientMapper::toFhir).toList(), page.totalItems(), List.of()));
    }

    /** Observation?category= keeps the observations of that category (survey, vital-signs, exam). */
    private static Found filter(SearchRequest search, Found found) {
        if (search.type() != FhirType.OBSERVATION || search.parameter("category").isEmpty()) {
            return found;
        }
        String category = search.parameter("category").get();
        String code = category.contains("|") ? category.substring(category.indexOf('|') + 1) : category;
        List<? extends Resource> kept = found.resources().stream()
                .filter(r -> ((Observation) r).getCategory().stream().flatMap(c -> c.getCoding().stream()).map(Coding::getCode)
                        .anyMatch(code::equals))
                .toList();
        return new Found(kept, found.warnings());
    }
}
