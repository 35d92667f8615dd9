package io.ketacare.consent.api;

import io.ketacare.consent.domain.document.Route;
import io.ketacare.consent.domain.plan.TreatmentAuthorization;
import io.ketacare.platform.security.PatientAccess;
import io.ketacare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/treatment-authorization")
@Tag(name = "Treatment authorization", description = "What session-service asks before check-in and before dosing")
@Produces(MediaType.APPLICATION_JSON)
public class TreatmentAuthorizationResource {

    @Inject
    TreatmentAuthorization authorization;

    @Inject
    PatientAccess access;

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getTreatmentAuthorization", summary = """
            Whether the patient may be treated by a route now, with the plan version and dose to give, or every reason not""")
    @APIResponse(responseCode = "200", description = "The answer at this instant (authorized false with reasons, never true on doubt)",
            content = @Content(schema = @Schema(implementation = AuthorizationResponse.class)))
    public AuthorizationResponse check(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Route of administration", required = true, example = "IV")
            @QueryParam("route") @NotNull(message = "is required: IV, IM, ORAL_LOZENGE or INTRANASAL") Route route) {
        access.requireAccessTo(patientId);
        return AuthorizationResponse.of(authorization.check(patientId, route));
    }
}
