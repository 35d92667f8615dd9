package io.ketacare.consent.api;

import io.ketacare.consent.domain.plan.TreatmentPlan;
import io.ketacare.consent.domain.plan.TreatmentPlans;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Etags;
import io.ketacare.platform.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pausing, resuming, completing and cancelling a plan. A paused, completed or cancelled plan authorizes
 * no treatment; session-service learns of each change from the change feed.
 */
@Path("/api/v1/treatment-plans/{planId}/status-changes")
@Tag(name = "Treatment plans", description = "Treatment plans drafted within the versioned route protocol")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanLifecycleResource {

    @Inject
    TreatmentPlans plans;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(operationId = "changeTreatmentPlanStatus", summary = """
            Pause an ACTIVE plan, resume a PAUSED one, complete or cancel a plan, with a reason. Only ACTIVE plans authorize \
            treatment; the change is announced on the change feed (PLAN_PAUSED, PLAN_RESUMED, PLAN_COMPLETED, PLAN_CANCELLED)""")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "The new version of the plan", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the plan's current state (the detail names it and the allowed ones)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version older than the plan's current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("planId") UUID planId, @Valid @NotNull PlanStatusChangeRequest request,
            @Parameter(description = "Optional: the ETag of the plan as read; 412 when it changed since", example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch) {
        Long expected = ifMatch == null ? null : Etags.expectedVersion(ifMatch);
        TreatmentPlan plan = plans.change(planId, request.status(), request.reason(), caller.userName(), expected);
        return Responses.ok(plan.version, PlanResponse.of(plan));
    }
}
