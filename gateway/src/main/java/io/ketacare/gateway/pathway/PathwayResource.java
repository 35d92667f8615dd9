package io.ketacare.gateway.pathway;

import io.ketacare.gateway.client.CallerContext;
import io.ketacare.gateway.security.GatewayRoles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/pathway")
@Tag(name = "Pathway", description = "The patient's pathway at a glance, composed by the gateway from the services")
@Produces(MediaType.APPLICATION_JSON)
public class PathwayResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    PathwayComposer pathways;

    @GET
    @RolesAllowed({GatewayRoles.CLINICIAN, GatewayRoles.NURSE, GatewayRoles.INTEGRATOR, GatewayRoles.PATIENT})
    @Operation(operationId = "getPathway", summary = """
            Where the patient is in the pathway: stage, eligibility, consent, active plan, sessions, latest scores with \
            change vs baseline, open alerts and overdue REMS reports; a part whose service is unavailable says so""")
    @APIResponse(responseCode = "200", description = "The pathway; each part AVAILABLE or UNAVAILABLE with the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pathway.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Role not allowed (clinician, nurse, integrator or patient)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such patient, or not the caller's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public CompletionStage<Pathway> get(@PathParam("patientId") UUID patientId, @Context RoutingContext ctx) {
        return pathways.compose(patientId, CallerContext.of(ctx)).toCompletionStage();
    }
}
