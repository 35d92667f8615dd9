package io.ketacare.session.api;

import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.ketacare.platform.web.Responses;
import io.ketacare.session.domain.session.Bookings;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.domain.session.Slot;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sessions")
@Tag(name = "Sessions", description = "Booking treatment sessions without double booking, the calendar, rescheduling and ending")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    Bookings bookings;

    @Inject
    Sessions sessions;

    @Inject
    SessionLookup lookup;

    @Inject
    Views views;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN})
    @Operation(operationId = "bookSession", summary = "Book a session; the room and the patient must be free for the whole period")
    @APIResponse(responseCode = "201", description = "Booked (status SCHEDULED)",
            headers = {@Header(name = "Location", description = "URL of the session", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "The room or the patient is already booked in an overlapping period (type .../double-booking; the criteria name each conflicting session)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            Shorter than dosing time + minimum observation of the route (type .../session-too-short), or the plan does not fit \
            (type .../booking-plan-mismatch: PLAN_NOT_FOUND, PLAN_OF_ANOTHER_PATIENT, ROUTE_DIFFERS_FROM_PLAN, PLAN_ENDED)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "consent-service unreachable: the plan cannot be checked, nothing is booked (Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response book(
            @Parameter(description = "Makes a retried request return the first response instead of booking twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid BookingRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            Session s = bookings.book(new Slot(request.patientId(), request.planId(), request.roomId(), request.route(), request.start(),
                    request.durationMinutes()), caller.userName());
            return Responses.created(uri, s.id, s.version, views.session(s));
        });
    }

    @POST
    @Path("/series")
    @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN})
    @Operation(operationId = "bookSessionSeries", summary = "Book a series of sessions all or nothing (e.g. the induction phase)")
    @APIResponse(responseCode = "201", description = "Every session booked",
            headers = @Header(name = "Location", description = "The calendar of the series", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SeriesResponse.class)))
    @APIResponse(responseCode = "409", description = "Nothing booked: the criteria list every slot that conflicts and the session it conflicts with",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = """
            Sessions shorter than dosing time + minimum observation of the route (type .../session-too-short), or the plan does \
            not fit (type .../booking-plan-mismatch: PLAN_NOT_FOUND, PLAN_OF_ANOTHER_PATIENT, ROUTE_DIFFERS_FROM_PLAN, PLAN_ENDED)""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "consent-service unreachable: the plan cannot be checked, nothing is booked (Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response bookSeries(
            @Parameter(description = "Makes a retried request return the first response instead of booking twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid SeriesBookingRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            List<Slot> slots = request.starts().stream().sorted().map(start -> new Slot(request.patientId(), request.planId(),
                    request.roomId(), request.route(), start, request.durationMinutes())).toList();
            List<Session> booked = bookings.bookSeries(slots, caller.userName());
            UUID seriesId = booked.get(0).seriesId;
            return Response.created(uri.getBaseUriBuilder().path("api/v1/sessions").queryParam("seriesId", seriesId).build())
                    .entity(new SeriesResponse(seriesId, request.patientId(), booked.stream().map(views::session).toList())).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN,
            Roles.NURSE, Roles.SCHEDULER,
            Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listSessions", summary = "The calendar: sessions by patient, room, plan or period, in time order (a patient sees only their own)")
    public Page<SessionResponse> calendar(
            @Parameter(description = "Only this patient's sessions") @QueryParam("patientId") UUID patientId,
            @Parameter(description = "Only this room's sessions") @QueryParam("roomId") UUID roomId,
            @Parameter(description = "Only sessions under this plan") @QueryParam("planId") UUID planId,
            @Parameter(description = "Only sessions of this series") @QueryParam("seriesId") UUID seriesId,
            @Parameter(description = "Only sessions ending after this instant", example = "2026-05-04T00:00:00Z") @QueryParam("from") Instant from,
            @Parameter(description = "Only sessions starting before this instant", example = "2026-05-11T00:00:00Z") @QueryParam("to") Instant to,
            @Valid @BeanParam PageParams paging) {
        UUID patient = patientId;
        if (caller.isPatientOnly()) {
            // a patient's calendar is always their own: asking for another patient finds nothing
            UUID own = caller.linkedPatientId().orElse(new UUID(0, 0));
            patient = patientId == null || patientId.equals(own) ? own : new UUID(0, 0);
        }
        Page<Session> page = sessions.calendar(patient, roomId, planId, seriesId, from, to, paging);
        return new Page<>(page.items().stream().map(views::session).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/{sessionId}")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN,
            Roles.NURSE, Roles.SCHEDULER,
            Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getSession", summary = "Read a session")
    @APIResponse(responseCode = "200", description = "The session",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    public Response get(@PathParam("sessionId") UUID sessionId) {
        Session s = lookup.visible(sessionId);
        return Responses.ok(s.version, views.session(s));
    }

    @GET
    @Path("/{sessionId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN,
            Roles.NURSE, Roles.SCHEDULER,
            Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getSessionHistory", summary = "Every change of a session, oldest first: booking, reschedules, state changes")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = HistoryEntryResponse.class)))
    public List<HistoryEntryResponse> history(@PathParam("sessionId") UUID sessionId) {
        lookup.visible(sessionId);
        return sessions.history(sessionId).stream().map(Views::history).toList();
    }

    @POST
    @Path("/{sessionId}/reschedule")
    @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN})
    @Operation(operationId = "rescheduleSession", summary = "Move a scheduled session to another period or room; the old one stays in its history")
    @APIResponse(responseCode = "200", description = "Moved",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not SCHEDULED, or the new period conflicts (the criteria name each conflicting session)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Shorter than dosing time + minimum observation of the route",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reschedule(@PathParam("sessionId") UUID sessionId,
            @NotNull(message = "a JSON body is required") @Valid RescheduleRequest request) {
        Session s = sessions.reschedule(sessionId, request.roomId(), request.start(), request.durationMinutes(), request.reason().trim(),
                caller.userName());
        return Responses.ok(s.version, views.session(s));
    }

    @POST
    @Path("/{sessionId}/cancellation")
    @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN,
            Roles.NURSE})
    @Operation(operationId = "cancelSession", summary = "Cancel a scheduled session with a reason; the slot is freed and the session kept")
    @APIResponse(responseCode = "200", description = "Cancelled",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not SCHEDULED (the detail names the current state and the allowed ones)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "No reason, or a disposition (only an abort has one; the violation names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("sessionId") UUID sessionId, @NotNull(message = "a JSON body is required") @Valid EndRequest request) {
        return end(sessionId, SessionStatus.CANCELLED, request);
    }

    @POST
    @Path("/{sessionId}/no-show")
    @RolesAllowed({Roles.SCHEDULER, Roles.CLINICIAN,
            Roles.NURSE})
    @Operation(operationId = "recordSessionNoShow", summary = "Record that the patient did not come, with a reason")
    @APIResponse(responseCode = "200", description = "Marked NO_SHOW",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not SCHEDULED (the detail names the current state and the allowed ones)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "No reason, or a disposition (only an abort has one; the violation names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response noShow(@PathParam("sessionId") UUID sessionId, @NotNull(message = "a JSON body is required") @Valid EndRequest request) {
        return end(sessionId, SessionStatus.NO_SHOW, request);
    }

    @POST
    @Path("/{sessionId}/abort")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN})
    @Operation(operationId = "abortSession", summary = "Abort a session that has started (checked in to monitoring), with a reason; "
            + "once a dose is recorded only a clinician may abort it, naming the disposition (the session keeps its monitoring record and REMS form)")
    @APIResponse(responseCode = "200", description = "ABORTED (with the disposition and the clinician who decided it, when given)",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not started or already ended (the detail names the current state and the allowed ones)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A dose is recorded (DOSING or MONITORING) and the caller is not a clinician or named no disposition "
            + "(type .../abort-needs-clinician-and-disposition; criteria ABORT_AFTER_DOSE_NEEDS_CLINICIAN, DISPOSITION_REQUIRED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response abort(@PathParam("sessionId") UUID sessionId, @NotNull(message = "a JSON body is required") @Valid EndRequest request) {
        return end(sessionId, SessionStatus.ABORTED, request);
    }

    private Response end(UUID sessionId, SessionStatus how, EndRequest request) {
        Session s = sessions.end(sessionId, how, request.reason().trim(), request.disposition(), caller.hasRole(Roles.CLINICIAN),
                caller.userName());
        return Responses.ok(s.version, views.session(s));
    }
}
