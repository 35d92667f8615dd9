package io.ketacare.consent.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.consent.domain.plan.PlanActivation;
import io.ketacare.consent.domain.plan.TreatmentPlan;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/treatment-plans/{planId}/activation")
@Tag(name = "Treatment plans", description = "Treatment plans drafted within the versioned route protocol")
@Produces(MediaType.APPLICATION_JSON)
public class PlanActivationResource {

    @Inject
    PlanActivation activation;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(operationId = "activateTreatmentPlan", summary = """
            Activate a draft plan: the patient must be ELIGIBLE now (asked of patient-service), an ACTIVE, current, unexpired \
            consent must cover the plan's route, and intranasal esketamine needs a REMS enrollment""")
    @APIResponse(responseCode = "200", description = "Activated",
            headers = @Header(name = "ETag", description = "The new version of the plan", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan is not DRAFT (the detail names its state)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            Prerequisites unmet (type .../activation-prerequisites-unmet); criteria list each of PATIENT_NOT_ELIGIBLE, \
            CONSENT_MISSING, REMS_ENROLLMENT_MISSING that applies""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "patient-service cannot tell the patient's eligibility now; nothing was activated (fail closed)",
            headers = {@Header(name = "Retry-After", description = "Seconds to wait before retrying", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Access-Control-Allow-Origin", description = "Present when the request's Origin is an allowed front-end origin (set by the gateway)",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response activate(@PathParam("planId") UUID planId) {
        TreatmentPlan plan = activation.activate(planId, caller.userName());
        return Responses.ok(plan.version, PlanResponse.of(plan));
    }
}
