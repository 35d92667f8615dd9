package io.ketacare.patient.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.patient.domain.record.TreatmentEntry;
import io.ketacare.patient.domain.record.TreatmentHistory;
import io.ketacare.platform.security.Roles;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

@Path("/api/v1/patients/{patientId}/treatment-history")
@Tag(name = "Clinical record", description = "Conditions, medications and treatment history of a patient")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TreatmentHistoryResource {

    @Inject
    TreatmentHistory history;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(operationId = "recordTreatmentHistory",
            summary = "Record a prior treatment: an antidepressant trial (drug, dose, weeks, adequacy, outcome), psychotherapy, ECT or TMS")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "URL of the new entry", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the new entry", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = TreatmentResponse.class)))
    public Response record(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Makes a retried request return the first response instead of recording twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid TreatmentRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            TreatmentEntry entry = history.record(patientId, request.toData());
            return Responses.created(uri, entry.id, entry.version, TreatmentResponse.of(entry));
        });
    }

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listTreatmentHistory", summary = "List a patient's prior treatments, oldest first")
    public Page<TreatmentResponse> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams paging) {
        Page<TreatmentEntry> page = history.list(patientId, paging);
        return new Page<>(page.items().stream().map(TreatmentResponse::of).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/{entryId}")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getTreatmentHistoryEntry", summary = "Read one prior treatment")
    @APIResponse(responseCode = "200", description = "The entry",
            headers = @Header(name = "ETag", description = "Version of the entry", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TreatmentResponse.class)))
    public Response get(@PathParam("patientId") UUID patientId, @PathParam("entryId") UUID entryId) {
        TreatmentEntry entry = history.get(patientId, entryId);
        return Responses.ok(entry.version, TreatmentResponse.of(entry));
    }
}
