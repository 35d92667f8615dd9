package io.ketacare.consent.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.consent.domain.plan.PlanVersion;
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

@Path("/api/v1")
@Tag(name = "Treatment plans", description = "Treatment plans drafted within the versioned route protocol")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanRevisionResource {

    @Inject
    TreatmentPlans plans;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    PatientAccess access;

    @POST
    @Path("/treatment-plans/{planId}/revisions")
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(operationId = "reviseTreatmentPlan", summary = "Revise a plan with a rationale: a new plan version, checked against the route protocol; old versions stay readable")
    @APIResponse(responseCode = "201", description = "Revised; the plan at its new version",
            headers = {@Header(name = "Location", description = "URL of the new version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the plan", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outside the route protocol (type .../dose-outside-protocol; criteria name each limit broken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revise(@PathParam("planId") UUID planId,
            @Parameter(description = "Makes a retried request return the first response instead of revising twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RevisionRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            TreatmentPlan plan = plans.revise(planId, request.rationale().trim(), request.indication().trim(), request.toDoseRule(),
                    request.phases().stream().map(PhaseDto::toPhase).toList(), request.estimatedSessions(), caller.userName());
            return Responses.created(uri.getBaseUriBuilder().path("api/v1/treatment-plans").path(planId.toString()).path("versions")
                    .path(String.valueOf(plan.planVersion)).build(), plan.version, PlanResponse.of(plan));
        });
    }

    @GET
    @Path("/treatment-plans/{planId}/versions")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.ADMIN, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listTreatmentPlanVersions", summary = "Every version of a plan, oldest first, each with its rationale")
    public Page<PlanVersionResponse> versions(@PathParam("planId") UUID planId, @Valid @BeanParam PageParams paging) {
        access.requireAccessTo(plans.get(planId).patientId);
        Page<PlanVersion> page = plans.versions(planId, paging);
        return new Page<>(page.items().stream().map(PlanVersionResponse::of).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/treatment-plans/{planId}/versions/{planVersion}")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.ADMIN, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getTreatmentPlanVersion", summary = "Read one version of a plan")
    @APIResponse(responseCode = "200", description = "The version",
            headers = @Header(name = "ETag", description = "Always 0: a plan version never changes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanVersionResponse.class)))
    public Response version(@PathParam("planId") UUID planId,
            @PathParam("planVersion") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(1_000_000) int planVersion) {
        access.requireAccessTo(plans.get(planId).patientId);
        return Responses.ok(0, PlanVersionResponse.of(plans.version(planId, planVersion)));
    }
}
