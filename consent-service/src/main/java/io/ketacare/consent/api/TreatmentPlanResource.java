package io.ketacare.consent.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.consent.domain.plan.PlanStatus;
import io.ketacare.consent.domain.plan.TreatmentPlan;
import io.ketacare.consent.domain.plan.TreatmentPlans;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.PatientAccess;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1")
@Tag(name = "Treatment plans", description = "Treatment plans drafted within the versioned route protocol")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TreatmentPlanResource {

    @Inject
    TreatmentPlans plans;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    PatientAccess access;

    @POST
    @Path("/patients/{patientId}/treatment-plans")
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(operationId = "draftTreatmentPlan", summary = "Draft a treatment plan; the caller is the prescriber and the dose is checked against the route protocol")
    @APIResponse(responseCode = "201", description = "Drafted (status DRAFT)",
            headers = {@Header(name = "Location", description = "URL of the new plan", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the plan", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outside the route protocol (type .../dose-outside-protocol; criteria name each limit broken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Makes a retried request return the first response instead of drafting twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PlanRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            TreatmentPlan plan = plans.draft(patientId, request.indication().trim(), request.toDoseRule(),
                    request.phases().stream().map(PhaseDto::toPhase).toList(), request.estimatedSessions(), caller.userName());
            return Responses.created(uri.getBaseUriBuilder().path("api/v1/treatment-plans").path(plan.id.toString()).build(),
                    plan.version, PlanResponse.of(plan));
        });
    }

    @GET
    @Path("/patients/{patientId}/treatment-plans")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.ADMIN, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listTreatmentPlans", summary = """
            List a patient's treatment plans in every status (or one), newest drafted first, each with its current \
            version and status""")
    public Page<PlanResponse> list(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Only plans in this status", example = "ACTIVE")
            @QueryParam("status") @Pattern(regexp = "DRAFT|ACTIVE|PAUSED|COMPLETED|CANCELLED",
                    message = "must be DRAFT, ACTIVE, PAUSED, COMPLETED or CANCELLED") String status,
            @Valid @BeanParam PageParams paging) {
        access.requireAccessTo(patientId);
        Page<TreatmentPlan> page = plans.ofPatient(patientId, status == null ? null : PlanStatus.valueOf(status), paging);
        return new Page<>(page.items().stream().map(PlanResponse::of).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/treatment-plans/{planId}")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.ADMIN, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getTreatmentPlan", summary = "Read a treatment plan")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = "Version of the plan", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response get(@PathParam("planId") UUID planId) {
        TreatmentPlan plan = plans.get(planId);
        access.requireAccessTo(plan.patientId);
        return Responses.ok(plan.version, PlanResponse.of(plan));
    }
}
