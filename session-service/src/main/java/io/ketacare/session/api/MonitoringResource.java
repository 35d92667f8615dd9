package io.ketacare.session.api;

import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.Responses;
import io.ketacare.session.domain.monitoring.AdverseEvent;
import io.ketacare.session.domain.monitoring.Observations;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.monitoring.VitalsRecorder;
import io.ketacare.session.domain.rems.RemsReports;
import io.ketacare.session.domain.session.Session;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sessions/{sessionId}")
@Tag(name = "Session monitoring", description = "Vitals, sedation and dissociation scores, adverse events and the monitoring record")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    @Inject
    VitalsRecorder vitals;

    @Inject
    Observations observations;

    @Inject
    MonitoringRecords monitoringRecords;

    @Inject
    RemsReports rems;

    @Inject
    SessionLookup lookup;

    @Inject
    Views views;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @POST
    @Path("/vitals")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN, Roles.INTEGRATOR})
    @Operation(operationId = "recordVitals", summary = "Record one reading or a device batch; a retried batch never stores a reading twice")
    @APIResponse(responseCode = "200", description = "How many readings were stored, how many were already there, and the alerts raised",
            content = @Content(schema = @Schema(implementation = VitalsResponse.class)))
    @APIResponse(responseCode = "409", description = "The session has not been checked in or was cancelled (readings arriving after discharge or"
            + " abort are stored as late entries), a clientReadingId already names a stored reading with other values (type"
            + " .../vital-reading-conflict; nothing of the batch is stored), or the Idempotency-Key was already used with another body"
            + " (type .../idempotency-key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A reading was measured before the session's check-in (type .../recorded-before-check-in,"
            + " criterion MEASURED_BEFORE_CHECK_IN naming each such reading)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordVitals(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "Makes a retried request return the first response (header Idempotent-Replayed: true) instead of recording again")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid VitalsRequest request, @Context UriInfo uri) {
        requireDistinctAndMeasured(request.readings());
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            List<VitalReading> batch = request.readings().stream().map(MonitoringResource::reading).toList();
            VitalsRecorder.Receipt receipt = vitals.record(sessionId, batch, caller.userName());
            return Response.ok(new VitalsResponse(sessionId, receipt.session().patientId, receipt.stored(), receipt.alreadyPresent(),
                    receipt.alerts().stream().map(Views::alert).toList())).build();
        });
    }

    @POST
    @Path("/scores")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN})
    @Operation(operationId = "recordSessionScore", summary = "Record a MOAA/S (sedation) or CADSS (dissociation) score")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The session's monitoring record", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScoreResponse.class)))
    @APIResponse(responseCode = "409", description = "The session is not DOSING or MONITORING",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Rated before the session's check-in (type .../recorded-before-check-in, criterion"
            + " MEASURED_BEFORE_CHECK_IN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordScore(@PathParam("sessionId") UUID sessionId, @NotNull(message = "a JSON body is required") @Valid ScoreRequest r,
            @Context UriInfo uri) {
        var score = observations.score(sessionId, r.instrument(), r.score(), r.measuredAt(),
                r.lateEntryReason() == null || r.lateEntryReason().isBlank() ? null : r.lateEntryReason().trim(), caller.userName());
        Session s = lookup.visible(sessionId);
        return Response.created(record(uri, sessionId)).entity(Views.score(score, s)).build();
    }

    @POST
    @Path("/adverse-events")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN})
    @Operation(operationId = "reportAdverseEvent", summary = "Report an adverse event: type, severity, action taken and outcome")
    @APIResponse(responseCode = "201", description = "Reported",
            headers = {@Header(name = "Location", description = "URL of the adverse event", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the adverse event", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = AdverseEventResponse.class)))
    @APIResponse(responseCode = "409", description = "The session has not started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Its onset is before the session's check-in (type .../recorded-before-check-in, criterion"
            + " ONSET_BEFORE_CHECK_IN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reportAdverseEvent(@PathParam("sessionId") UUID sessionId,
            @NotNull(message = "a JSON body is required") @Valid AdverseEventRequest r, @Context UriInfo uri) {
        AdverseEvent e = new AdverseEvent();
        e.type = r.type();
        e.severity = r.severity();
        e.description = r.description();
        e.actionTaken = r.actionTaken().trim();
        e.outcome = r.outcome();
        e.onsetAt = r.onsetAt();
        e = observations.report(sessionId, e, caller.userName());
        Session s = lookup.visible(sessionId);
        return Responses.created(uri, e.id, e.version, Views.adverseEvent(e, s));
    }

    @POST
    @Path("/adverse-events/{eventId}/outcome")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN})
    @Operation(operationId = "recordAdverseEventOutcome", summary = "Record the outcome of an ongoing adverse event (e.g. RESOLVED)")
    @APIResponse(responseCode = "200", description = "The adverse event with its outcome",
            headers = @Header(name = "ETag", description = "Version of the adverse event", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AdverseEventResponse.class)))
    @APIResponse(responseCode = "409", description = "The adverse event is already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adverseEventOutcome(@PathParam("sessionId") UUID sessionId, @PathParam("eventId") UUID eventId,
            @NotNull(message = "a JSON body is required") @Valid AdverseEventOutcomeRequest r) {
        Session s = lookup.visible(sessionId);
        AdverseEvent e = observations.outcome(sessionId, eventId, r.outcome(), r.at(), r.note());
        return Responses.ok(e.version, Views.adverseEvent(e, s));
    }

    @GET
    @Path("/monitoring-record")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getMonitoringRecord", summary = "The whole session in one document, with the REMS monitoring form for intranasal sessions")
    @APIResponse(responseCode = "200", description = "The monitoring record",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MonitoringRecordResponse.class)))
    public Response monitoringRecord(@PathParam("sessionId") UUID sessionId) {
        Session s = lookup.visible(sessionId);
        return Responses.ok(s.version, monitoringRecords.of(s));
    }

    @POST
    @Path("/monitoring-record/submission")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN, Roles.ADMIN})
    @Operation(operationId = "submitRemsMonitoringForm", summary = "Record that the REMS patient-monitoring form of the session was submitted")
    @APIResponse(responseCode = "200", description = "The monitoring record, its REMS form SUBMITTED",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MonitoringRecordResponse.class)))
    @APIResponse(responseCode = "409", description = "No REMS form (not a dosed intranasal session that has ended), or already submitted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitRems(@PathParam("sessionId") UUID sessionId,
            @NotNull(message = "a JSON body is required") @Valid RemsSubmissionRequest r) {
        lookup.visible(sessionId);
        Session s = rems.submit(sessionId, r.reference().trim(), caller.userName());
        return Responses.ok(s.version, monitoringRecords.of(s));
    }

    private static java.net.URI record(UriInfo uri, UUID sessionId) {
        return uri.getBaseUriBuilder().path("api/v1/sessions").path(sessionId.toString()).path("monitoring-record").build();
    }

    private static void requireDistinctAndMeasured(List<VitalReadingDto> readings) {
        Set<String> seen = new HashSet<>();
        List<io.ketacare.platform.problem.Violation> violations = new java.util.ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            VitalReadingDto r = readings.get(i);
            if (!seen.add(r.clientReadingId())) {
                violations.add(new io.ketacare.platform.problem.Violation("readings[" + i + "].clientReadingId", "appears twice in the batch"));
            }
            if (r.systolic() == null && r.diastolic() == null && r.heartRate() == null && r.spo2() == null && r.respiratoryRate() == null) {
                violations.add(new io.ketacare.platform.problem.Violation("readings[" + i + "]", "must hold at least one measurement"));
            }
            if ((r.systolic() == null) != (r.diastolic() == null)) {
                violations.add(new io.ketacare.platform.problem.Violation("readings[" + i + "]", "systolic and diastolic come together"));
            }
        }
        if (!violations.isEmpty()) {
            throw io.ketacare.platform.problem.ProblemException.invalid(violations);
        }
    }

    private static VitalReading reading(VitalReadingDto d) {
        VitalReading r = new VitalReading();
        r.clientReadingId = d.clientReadingId();
        r.measuredAt = d.measuredAt();
        r.systolic = d.systolic();
        r.diastolic = d.diastolic();
        r.heartRate = d.heartRate();
        r.spo2 = d.spo2();
        r.respiratoryRate = d.respiratoryRate();
        r.source = SessionFlowResource.sourceOf(d.source());
        r.lateEntryReason = d.lateEntryReason() == null || d.lateEntryReason().isBlank() ? null : d.lateEntryReason().trim();
        return r;
    }
}
