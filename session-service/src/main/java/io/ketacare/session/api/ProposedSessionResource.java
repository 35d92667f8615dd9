package io.ketacare.session.api;

import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.PatientAccess;
import io.ketacare.platform.security.Roles;
import io.ketacare.session.domain.followup.ProposedSessions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/treatment-plans/{planId}/proposed-sessions")
@Tag(name = "Maintenance scheduling", description = "Sessions proposed from a plan's schedule phases")
@Produces(MediaType.APPLICATION_JSON)
public class ProposedSessionResource {

    @Inject
    ProposedSessions proposed;

    @Inject
    PatientAccess access;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN, Roles.NURSE, Roles.PATIENT})
    @Operation(operationId = "proposeSessions", summary = "The next sessions of an active plan from its phases, bookable as a series")
    @APIResponse(responseCode = "200", description = "The proposal", content = @Content(schema = @Schema(implementation = ProposedSessionsResponse.class)))
    @APIResponse(responseCode = "422", description = "The plan is not ACTIVE (type .../plan-not-active)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "consent-service unreachable: the plan cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProposedSessionsResponse propose(@PathParam("planId") UUID planId,
            @Parameter(description = "Start of the first proposed session (default: tomorrow 09:00 UTC)", example = "2026-05-04T09:00:00Z")
            @QueryParam("from") Instant from) {
        Instant start = from != null ? from : clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(33));
        ProposedSessions.Proposal p = proposed.propose(planId, start);
        access.requireAccessTo(p.plan().patientId());
        return new ProposedSessionsResponse(planId, p.plan().patientId(), p.route(), p.plan().planVersion(), p.alreadyBooked(),
                p.durationMinutes(), p.sessions().stream()
                        .map(s -> new ProposedSessionsResponse.ProposedSession(s.phase(), s.week(), s.start())).toList());
    }
}
