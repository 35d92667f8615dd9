package io.ketacare.session.api;

import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Responses;
import io.ketacare.session.domain.protocol.RouteRule;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.protocol.SessionProtocols;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/session-protocols")
@Tag(name = "Session protocol", description = "The versioned numbers of the session gates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionProtocolResource {

    @Inject
    SessionProtocols protocols;

    @Inject
    Caller caller;

    @GET
    @Path("/current")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.INTEGRATOR})
    @Operation(operationId = "getCurrentSessionProtocol", summary = "The session protocol new bookings run under")
    @APIResponse(responseCode = "200", description = "The current version",
            headers = @Header(name = "ETag", description = "Protocol version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionProtocolDto.class)))
    public Response current() {
        SessionProtocol p = protocols.current();
        return Responses.ok(p.version, view(p));
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.INTEGRATOR})
    @Operation(operationId = "getSessionProtocol", summary = "One version of the session protocol (sessions record the version they ran under)")
    @APIResponse(responseCode = "200", description = "That version",
            headers = @Header(name = "ETag", description = "Protocol version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionProtocolDto.class)))
    public Response version(@PathParam("version") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(1_000_000) int version) {
        SessionProtocol p = protocols.version(version);
        return Responses.ok(p.version, view(p));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishSessionProtocol", summary = "Publish a new version of the session protocol; new bookings run under it")
    @APIResponse(responseCode = "201", description = "Published",
            headers = {@Header(name = "Location", description = "URL of the version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Protocol version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SessionProtocolDto.class)))
    public Response publish(@NotNull(message = "a JSON body is required") @Valid SessionProtocolDto r, @Context UriInfo uri) {
        SessionProtocol p = new SessionProtocol();
        p.maxSystolic = r.maxSystolic();
        p.maxDiastolic = r.maxDiastolic();
        p.maxHeartRate = r.maxHeartRate();
        p.minSpo2 = r.minSpo2();
        p.fastingFoodMinutes = r.fastingFoodMinutes();
        p.bloodPressureOverrideAllowed = r.bloodPressureOverrideAllowed();
        p.alertRepeatSystolic = r.alertRepeatSystolic();
        p.alertRepeatDiastolic = r.alertRepeatDiastolic();
        p.alertRepeatWindowMinutes = r.alertRepeatWindowMinutes();
        p.alertOnceSystolic = r.alertOnceSystolic();
        p.alertOnceDiastolic = r.alertOnceDiastolic();
        p.alertHeartRate = r.alertHeartRate();
        p.alertSpo2 = r.alertSpo2();
        p.dischargeMoaas = r.dischargeMoaas();
        p.dischargeBaselineTolerancePercent = r.dischargeBaselineTolerancePercent();
        p.doseRecordMaxAgeMinutes = r.doseRecordMaxAgeMinutes();
        p.remsDueDays = r.remsDueDays();
        SessionProtocol current = protocols.current();
        p.clockSkewMinutes = orCurrent(r.clockSkewMinutes(), current.clockSkewMinutes);
        p.chartingAllowanceMinutes = orCurrent(r.chartingAllowanceMinutes(), current.chartingAllowanceMinutes);
        p.dischargeEvidenceMinutes = orCurrent(r.dischargeEvidenceMinutes(), current.dischargeEvidenceMinutes);
        p.dischargeMinSystolic = orCurrent(r.dischargeMinSystolic(), current.dischargeMinSystolic);
        p.dischargeMinDiastolic = orCurrent(r.dischargeMinDiastolic(), current.dischargeMinDiastolic);
        p.dischargeMinHeartRate = orCurrent(r.dischargeMinHeartRate(), current.dischargeMinHeartRate);
        p.dischargeMinRespiratoryRate = orCurrent(r.dischargeMinRespiratoryRate(), current.dischargeMinRespiratoryRate);
        p.alertMoaas = orCurrent(r.alertMoaas(), current.alertMoaas);
        p.vitalsGraceMinutes = orCurrent(r.vitalsGraceMinutes(), current.vitalsGraceMinutes);
        p.remsSessionCloseMinutes = orCurrent(r.remsSessionCloseMinutes(), current.remsSessionCloseMinutes);
        p.remsBpWindowFromMinutes = orCurrent(r.remsBpWindowFromMinutes(), current.remsBpWindowFromMinutes);
        p.remsBpWindowToMinutes = orCurrent(r.remsBpWindowToMinutes(), current.remsBpWindowToMinutes);
        if (p.remsBpWindowFromMinutes > p.remsBpWindowToMinutes) {
            throw io.ketacare.platform.problem.ProblemException.invalid("remsBpWindowToMinutes", "must not be before remsBpWindowFromMinutes ("
                    + p.remsBpWindowFromMinutes + "); the window is " + p.remsBpWindowFromMinutes + " to " + p.remsBpWindowToMinutes + " min");
        }
        p.routes = new ArrayList<>(r.routes().stream().map(x -> RouteRule.of(x.route(), x.minimumObservationMinutes(), x.dosingMinutes(),
                x.doseTolerancePercent().toPlainString(), x.allowedFixedDosesMg().isEmpty() ? null
                        : x.allowedFixedDosesMg().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",")),
                x.fastingLiquidMinutes())).toList());
        p.preDoseCheckValidMinutes = orCurrent(r.preDoseCheckValidMinutes(), current.preDoseCheckValidMinutes);
        p.weightChangePercent = orCurrent(r.weightChangePercent(), current.weightChangePercent);
        p.infusionToleranceMinutes = orCurrent(r.infusionToleranceMinutes(), current.infusionToleranceMinutes);
        for (int i = 0; i < r.routes().size(); i++) {
            RouteRuleDto x = r.routes().get(i);
            RouteRule rule = p.routes.get(i);
            RouteRule was = current.rule(x.route());
            rule.deviceIntervalMinutes = orCurrent(x.deviceIntervalMinutes(), was.deviceIntervalMinutes);
            rule.maxDoseMg = orCurrent(x.maxDoseMg(), was.maxDoseMg);
            rule.vitalsDueMinutes = x.vitalsDueMinutes() == null ? was.vitalsDueMinutes
                    : x.vitalsDueMinutes().stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
            rule.vitalsDosingIntervalMinutes = orCurrent(x.vitalsDosingIntervalMinutes(), was.vitalsDosingIntervalMinutes);
            rule.vitalsObservationIntervalMinutes = orCurrent(x.vitalsObservationIntervalMinutes(), was.vitalsObservationIntervalMinutes);
        }
        SessionProtocol published = protocols.publish(p, caller.userName());
        return Responses.created(uri.getAbsolutePathBuilder().path(String.valueOf(published.version)).build(), published.version,
                view(published));
    }

    static SessionProtocolDto view(SessionProtocol p) {
        return new SessionProtocolDto(p.version, p.publishedAt, p.publishedBy, p.maxSystolic, p.maxDiastolic, p.maxHeartRate, p.minSpo2,
                p.fastingFoodMinutes, p.bloodPressureOverrideAllowed, p.alertRepeatSystolic, p.alertRepeatDiastolic, p.alertRepeatWindowMinutes,
                p.alertOnceSystolic, p.alertOnceDiastolic, p.alertHeartRate, p.alertSpo2, p.dischargeMoaas,
                Views.plain(p.dischargeBaselineTolerancePercent), p.doseRecordMaxAgeMinutes, p.remsDueDays,
                p.clockSkewMinutes, p.chartingAllowanceMinutes,
                p.preDoseCheckValidMinutes, p.weightChangePercent, p.infusionToleranceMinutes,
                p.dischargeEvidenceMinutes, p.dischargeMinSystolic, p.dischargeMinDiastolic, p.dischargeMinHeartRate, p.dischargeMinRespiratoryRate,
                p.alertMoaas, p.vitalsGraceMinutes,
                p.remsSessionCloseMinutes, p.remsBpWindowFromMinutes, p.remsBpWindowToMinutes,
                p.routes.stream().sorted(Comparator.comparing(r -> r.route)).map(r -> new RouteRuleDto(r.route, r.minimumObservationMinutes,
                        r.dosingMinutes, Views.plain(r.doseTolerancePercent), r.allowedFixedDoses(), r.fastingLiquidMinutes,
                        r.deviceIntervalMinutes, Views.plain(r.maxDoseMg), r.vitalsDue(), r.vitalsDosingIntervalMinutes,
                        r.vitalsObservationIntervalMinutes)).toList());
    }

    /** A number the publisher left out is carried over from the current version. */
    static int orCurrent(Integer given, int current) {
        return given != null ? given : current;
    }

    /** A ceiling the publisher left out is carried over from the current version. */
    static BigDecimal orCurrent(BigDecimal given, BigDecimal current) {
        return given != null ? given : current;
    }
}
