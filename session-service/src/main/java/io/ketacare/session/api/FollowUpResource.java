package io.ketacare.session.api;

import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.PatientAccess;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.ketacare.platform.web.Responses;
import io.ketacare.session.domain.followup.FollowUp;
import io.ketacare.session.domain.followup.FollowUps;
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

@Path("/api/v1/patients/{patientId}/follow-ups")
@Tag(name = "Follow-ups", description = "Integration and follow-up appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Inject
    FollowUps followUps;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    PatientAccess access;

    @POST
    @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN, Roles.NURSE})
    @Operation(operationId = "bookFollowUp", summary = "Book an integration or follow-up appointment")
    @APIResponse(responseCode = "201", description = "Booked",
            headers = {@Header(name = "Location", description = "The patient's follow-ups", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the follow-up", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = FollowUpResponse.class)))
    public Response book(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Makes a retried request return the first response instead of booking twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid FollowUpRequest r, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), r, () -> {
            FollowUp f = new FollowUp();
            f.patientId = patientId;
            f.kind = r.kind();
            f.scheduledAt = r.scheduledAt();
            f.durationMinutes = r.durationMinutes();
            f.clinician = r.clinician();
            f.notes = r.notes();
            f = followUps.book(f, caller.userName());
            return Responses.created(uri.getAbsolutePath(), f.version, view(f));
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listFollowUps", summary = "A patient's follow-up appointments in time order")
    public Page<FollowUpResponse> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams paging) {
        access.requireAccessTo(patientId);
        Page<FollowUp> page = followUps.ofPatient(patientId, paging);
        return new Page<>(page.items().stream().map(FollowUpResource::view).toList(), page.page(), page.size(), page.totalItems());
    }

    static FollowUpResponse view(FollowUp f) {
        return new FollowUpResponse(f.id, f.patientId, f.kind, f.status, f.scheduledAt, f.durationMinutes, f.clinician, f.notes, f.bookedBy,
                f.createdAt);
    }
}
