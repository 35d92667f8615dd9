package io.ketacare.patient.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.patient.domain.record.Medication;
import io.ketacare.patient.domain.record.MedicationStatus;
import io.ketacare.patient.domain.record.Medications;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Etags;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/medications")
@Tag(name = "Clinical record", description = "Conditions, medications and treatment history of a patient")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MedicationResource {

    @Inject
    Medications medications;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE})
    @Operation(operationId = "recordMedication", summary = "Record a medication (a benzodiazepine needs its lorazepam-equivalent dose)")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "URL of the new medication", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the new medication", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MedicationResponse.class)))
    public Response record(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Makes a retried request return the first response instead of recording twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid MedicationRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            Medication medication = medications.record(patientId, request.toData());
            return Responses.created(uri, medication.id, medication.version, MedicationResponse.of(medication));
        });
    }

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listMedications", summary = "List a patient's medications, oldest first; status=ACTIVE lists the current ones")
    public Page<MedicationResponse> list(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Only medications with this status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"ACTIVE", "STOPPED", "ENTERED_IN_ERROR"}))
            @QueryParam("status") String status,
            @Valid @BeanParam PageParams paging) {
        Page<Medication> page = medications.list(patientId, Params.enumValue(MedicationStatus.class, status, "status"), paging);
        return new Page<>(page.items().stream().map(MedicationResponse::of).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/{medicationId}")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getMedication", summary = "Read one medication")
    @APIResponse(responseCode = "200", description = "The medication",
            headers = @Header(name = "ETag", description = "Send it back in If-Match to revise", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MedicationResponse.class)))
    public Response get(@PathParam("patientId") UUID patientId, @PathParam("medicationId") UUID medicationId) {
        Medication medication = medications.get(patientId, medicationId);
        return Responses.ok(medication.version, MedicationResponse.of(medication));
    }

    @PUT
    @Path("/{medicationId}")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE})
    @Operation(operationId = "reviseMedication", summary = "Revise a medication: dose, STOPPED or ENTERED_IN_ERROR (If-Match required)")
    @APIResponse(responseCode = "200", description = "Revised",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MedicationResponse.class)))
    public Response revise(@PathParam("patientId") UUID patientId, @PathParam("medicationId") UUID medicationId,
            @Parameter(description = "ETag of the version you read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid MedicationRequest request) {
        Medication medication = medications.revise(patientId, medicationId, Etags.expectedVersion(ifMatch), request.toData());
        return Responses.ok(medication.version, MedicationResponse.of(medication));
    }
}
