package io.ketacare.session.api;

import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Responses;
import io.ketacare.session.domain.checkin.CheckIn;
import io.ketacare.session.domain.discharge.Discharges;
import io.ketacare.session.domain.dose.Dosing;
import io.ketacare.session.domain.monitoring.ReadingSource;
import io.ketacare.session.domain.predose.PreDoseCheck;
import io.ketacare.session.domain.predose.PreDoseChecks;
import io.ketacare.session.domain.predose.PreDoseInput;
import io.ketacare.session.domain.session.Session;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/sessions/{sessionId}")
@Tag(name = "Session flow", description = "Check-in, pre-dose check, dose and discharge: the gates of a treatment session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionFlowResource {

    @Inject
    CheckIn checkIn;

    @Inject
    PreDoseChecks preDose;

    @Inject
    Dosing dosing;

    @Inject
    Discharges discharges;

    @Inject
    Views views;

    @Inject
    Caller caller;

    @POST
    @Path("/check-in")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN})
    @Operation(operationId = "checkInSession", summary = "Check the patient in; consent-service is asked for the treatment authorization now")
    @APIResponse(responseCode = "200", description = "CHECKED_IN and AUTHORIZED",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not SCHEDULED (the detail names the current state and the allowed ones)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not authorized (type .../treatment-not-authorized; the criteria are consent-service's reasons)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "consent-service unreachable or too slow: nothing was done (fail closed); the Retry-After header says when to retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response checkIn(@PathParam("sessionId") UUID sessionId) {
        return ok(checkIn.checkIn(sessionId, caller.userName()));
    }

    @POST
    @Path("/pre-dose-check")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN})
    @Operation(operationId = "recordPreDoseCheck", summary = "Record the pre-dose vitals and checklist; every failed criterion is listed")
    @APIResponse(responseCode = "200", description = "Passed: READY_TO_DOSE",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not CHECKED_IN or READY_TO_DOSE (a READY_TO_DOSE session may be checked again, e.g. when its check expired)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A criterion failed (type .../pre-dose-check-failed; the criteria list each one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response preDoseCheck(@PathParam("sessionId") UUID sessionId,
            @NotNull(message = "a JSON body is required") @Valid PreDoseCheckRequest r) {
        boolean clinician = caller.hasRole(Roles.CLINICIAN);
        String override = r.bloodPressureOverrideReason() == null || r.bloodPressureOverrideReason().isBlank() ? null
                : r.bloodPressureOverrideReason().trim();
        PreDoseInput input = new PreDoseInput(r.systolic(), r.diastolic(), r.heartRate(), r.spo2(), r.lastFoodAt(), r.lastLiquidAt(),
                r.escortConfirmed(), r.pregnancyTest(), r.newInteractingMedication(), r.newMedicationDetails(), override, clinician);
        PreDoseCheck check = new PreDoseCheck();
        check.systolic = r.systolic();
        check.diastolic = r.diastolic();
        check.heartRate = r.heartRate();
        check.spo2 = r.spo2();
        check.weightKg = r.weightKg();
        check.lastFoodAt = r.lastFoodAt();
        check.lastLiquidAt = r.lastLiquidAt();
        check.escortConfirmed = r.escortConfirmed();
        check.pregnancyTest = r.pregnancyTest();
        check.newInteractingMedication = r.newInteractingMedication();
        check.newMedicationDetails = r.newMedicationDetails();
        ConcomitantMedications m = r.concomitantMedications();
        check.benzodiazepines = m.benzodiazepines();
        check.sedativeHypnotics = m.sedativeHypnotics();
        check.psychostimulants = m.psychostimulants();
        check.maois = m.maois();
        check.opioids = m.opioids();
        check.bloodPressureOverrideReason = override;
        check.checkedBy = caller.userName();
        String weightReason = r.weightConfirmationReason() == null || r.weightConfirmationReason().isBlank() ? null
                : r.weightConfirmationReason().trim();
        return ok(preDose.check(sessionId, check, input, weightReason));
    }

    @POST
    @Path("/dose")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN})
    @Operation(operationId = "recordDose", summary = "Record the dose given; authorization is asked again and the dose must match the active plan version")
    @APIResponse(responseCode = "200", description = "DOSING (no endedAt) or MONITORING (with endedAt); the session records the plan version",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not READY_TO_DOSE (a dose is never recorded twice)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not authorized (.../treatment-not-authorized), not the plan's dose (.../dose-does-not-match-plan), "
            + "or times that do not follow the session's gates (.../dose-timeline-refused: before check-in or the pre-dose check, check expired, "
            + "infusion duration, device times, late entry without reason)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "consent-service unreachable or too slow: nothing was recorded (fail closed); the Retry-After header says when to retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dose(@PathParam("sessionId") UUID sessionId, @NotNull(message = "a JSON body is required") @Valid DoseRequest r) {
        return ok(dosing.give(sessionId, new Dosing.Given(r.route(), r.doseMg(), r.lotNumber().trim(), r.devices(), r.startedAt(),
                r.endedAt(), r.deviceTimes(), blankToNull(r.lateEntryReason())), caller.userName()));
    }

    @POST
    @Path("/dose-completion")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN})
    @Operation(operationId = "completeDose", summary = "Record the end of dosing (end of infusion, last device): the session goes on to MONITORING")
    @APIResponse(responseCode = "200", description = "MONITORING",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not DOSING",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Infusion duration differs from the plan, or a late entry without reason (.../dose-timeline-refused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response completeDose(@PathParam("sessionId") UUID sessionId,
            @NotNull(message = "a JSON body is required") @Valid DoseCompletionRequest r) {
        return ok(dosing.complete(sessionId, r.endedAt(), blankToNull(r.lateEntryReason()), caller.userName()));
    }

    @POST
    @Path("/discharge")
    @RolesAllowed({Roles.NURSE, Roles.CLINICIAN})
    @Operation(operationId = "dischargeSession", summary = "Discharge the patient; refused with every unmet criterion until all hold")
    @APIResponse(responseCode = "200", description = "DISCHARGED",
            headers = @Header(name = "ETag", description = "Version of the session", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Not MONITORING",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Criteria unmet (type .../discharge-criteria-not-met; the criteria list each one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response discharge(@PathParam("sessionId") UUID sessionId,
            @NotNull(message = "a JSON body is required") @Valid DischargeRequest r) {
        String attestation = r.dissociationResolutionAttestation() == null || r.dissociationResolutionAttestation().isBlank() ? null
                : r.dissociationResolutionAttestation().trim();
        return ok(discharges.discharge(sessionId, new Discharges.Checklist(r.escortPresent(), r.instructionsAcknowledged(), attestation,
                caller.hasRole(Roles.CLINICIAN)), caller.userName()));
    }

    private Response ok(Session s) {
        return Responses.ok(s.version, views.session(s));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static ReadingSource sourceOf(ReadingSource given) {
        return given == null ? ReadingSource.MANUAL : given;
    }
}
