package io.ketacare.patient.api;

import io.ketacare.patient.domain.Patient;
import io.ketacare.patient.domain.Patients;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Etags;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.ketacare.platform.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients")
@Tag(name = "Patients", description = "Patient registry: identity and demographics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

    @Inject
    Patients patients;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.SCHEDULER})
    @Operation(operationId = "registerPatient", summary = "Register a patient (MRN must be unique)")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "URL of the new patient", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the new patient", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    @APIResponse(responseCode = "409", description = "MRN already registered, or Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Makes a retried registration return the first response instead of registering twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PatientRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            Patient patient = patients.register(request.toDemographics());
            return Responses.created(uri, patient.id, patient.version, PatientResponse.of(patient));
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.INTEGRATOR})
    @Operation(operationId = "searchPatients", summary = "Search patients by name prefix or exact MRN")
    public Page<PatientResponse> search(
            @Parameter(description = "Name prefix (given or family) or exact MRN; empty lists everyone", example = "Riv")
            @QueryParam("q") @Size(max = 100, message = "must be at most 100 characters") String q,
            @Valid @BeanParam PageParams paging) {
        Page<Patient> page = patients.search(q, paging);
        return new Page<>(page.items().stream().map(PatientResponse::of).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/{patientId}")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getPatient", summary = "Read a patient (a patient may read only their own record)")
    @APIResponse(responseCode = "200", description = "The patient",
            headers = @Header(name = "ETag", description = "Send it back in If-Match to update", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    public Response get(@PathParam("patientId") UUID patientId) {
        Patient patient = patients.get(patientId);
        return Responses.ok(patient.version, PatientResponse.of(patient));
    }

    @PUT
    @Path("/{patientId}")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.SCHEDULER})
    @Operation(operationId = "updatePatient", summary = "Replace a patient's demographics (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    public Response update(@PathParam("patientId") UUID patientId,
            @Parameter(description = "ETag of the version you read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid PatientRequest request) {
        Patient patient = patients.updateDemographics(patientId, Etags.expectedVersion(ifMatch), request.toDemographics());
        return Responses.ok(patient.version, PatientResponse.of(patient));
    }
}
