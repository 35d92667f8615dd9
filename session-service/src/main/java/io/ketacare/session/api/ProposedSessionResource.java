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
import io.ketacare.session.domain.room.Clinics;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    @Inject
    Clinics clinics;

    @GET
    @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN, Roles.NURSE, Roles.PATIENT})
    @Operation(operationId = "proposeSessions", summary = "The next sessions of an active plan from its phases, bookable as a series; days counted in the clinic's time zone")
    @APIResponse(responseCode = "200", description = "The proposal", content = @Content(schema = @Schema(implementation = ProposedSessionsResponse.class)))
    @APIResponse(responseCode = "400", description = "An unknown roomId, a timeZone that is not an IANA time zone, or both given (the violations name the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The plan is not ACTIVE (type .../plan-not-active)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "consent-service unreachable: the plan cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProposedSessionsResponse propose(@PathParam("planId") UUID planId,
            @Parameter(description = "Start of the first proposed session (default: tomorrow 09:00 in the clinic's time zone)", example = "2026-05-04T09:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "The room the sessions will be in: days are counted in its clinic's time zone (give roomId or timeZone, not both)")
            @QueryParam("roomId") UUID roomId,
            @Parameter(description = "IANA time zone to count days in (default: the configured clinic time zone, UTC unless set)", example = "America/New_York")
            @QueryParam("timeZone") @Size(max = 64) String timeZone) {
        ZoneId zone = clinics.zoneFor(roomId, timeZone);
        Instant start = from != null ? from : LocalDate.ofInstant(clock.instant(), zone).plusDays(1).atTime(9, 0).atZone(zone).toInstant();
        ProposedSessions.Proposal p = proposed.propose(planId, start, zone);
        access.requireAccessTo(p.plan().patientId());
        return new ProposedSessionsResponse(planId, p.plan().patientId(), p.route(), p.plan().planVersion(), p.alreadyBooked(),
                p.durationMinutes(), p.sessions().stream()
                        .map(s -> new ProposedSessionsResponse.ProposedSession(s.phase(), s.week(), s.start())).toList());
    }
}
