package io.ketacare.patient.api;

import io.ketacare.patient.domain.screening.Eligibility;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/eligibility")
@Tag(name = "Screening and eligibility", description = "Medical screening against the versioned protocol, clinician review, current eligibility")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @Inject
    Eligibility eligibility;

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getEligibility", summary = """
            Current eligibility: ELIGIBLE, INELIGIBLE, NEEDS_REVIEW or NOT_SCREENED (no screening yet), with reasons, \
            the screening and protocol version behind it, and treatment-resistant depression derived from the history""")
    @APIResponse(responseCode = "200", description = "The current decision (NOT_SCREENED when there is no screening; never ELIGIBLE by default)",
            content = @Content(schema = @Schema(implementation = EligibilityResponse.class)))
    @APIResponse(responseCode = "503", description = "No screening protocol is published (fail closed)",
            headers = {@Header(name = "Retry-After", description = "Seconds to wait before retrying", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Access-Control-Allow-Origin", description = "Present when the request's Origin is an allowed front-end origin (set by the gateway)",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityResponse current(@PathParam("patientId") UUID patientId) {
        return EligibilityResponse.of(eligibility.current(patientId));
    }
}
