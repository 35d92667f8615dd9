package io.ketacare.patient.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.patient.domain.screening.Screening;
import io.ketacare.patient.domain.screening.Screenings;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/screenings")
@Tag(name = "Screening and eligibility", description = "Medical screening against the versioned protocol, clinician review, current eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    @Inject
    Screenings screenings;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE})
    @Operation(operationId = "screenPatient", summary = "Screen a patient: vitals and answers plus the record give ELIGIBLE, INELIGIBLE or NEEDS_REVIEW with the rule codes")
    @APIResponse(responseCode = "201", description = "Screened; the outcome and every finding are in the body",
            headers = {@Header(name = "Location", description = "URL of the new screening", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the new screening", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ScreeningResponse.class)))
    @APIResponse(responseCode = "503", description = "No screening protocol is published, so no decision can be made (fail closed)",
            headers = {@Header(name = "Retry-After", description = "Seconds to wait before retrying", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Access-Control-Allow-Origin", description = "Present when the request's Origin is an allowed front-end origin (set by the gateway)",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response screen(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Makes a retried request return the first response instead of screening twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ScreeningRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            Screening screening = screenings.screen(patientId, request.vitals().toVitals(), request.answers().toAnswers());
            return Responses.created(uri, screening.id, screening.version, ScreeningResponse.of(screening));
        });
    }

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listScreenings", summary = "List a patient's screenings, newest first")
    public Page<ScreeningResponse> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams paging) {
        Page<Screening> page = screenings.list(patientId, paging);
        return new Page<>(page.items().stream().map(ScreeningResponse::of).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/{screeningId}")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getScreening", summary = "Read one screening")
    @APIResponse(responseCode = "200", description = "The screening",
            headers = @Header(name = "ETag", description = "Version of the screening", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScreeningResponse.class)))
    public Response get(@PathParam("patientId") UUID patientId, @PathParam("screeningId") UUID screeningId) {
        Screening screening = screenings.get(patientId, screeningId);
        return Responses.ok(screening.version, ScreeningResponse.of(screening));
    }

    @POST
    @Path("/{screeningId}/review")
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(operationId = "reviewScreening", summary = "Clinician decision on a NEEDS_REVIEW screening, with a reason")
    @APIResponse(responseCode = "200", description = "Reviewed; the screening with its review",
            headers = @Header(name = "ETag", description = "The new version of the screening", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScreeningResponse.class)))
    @APIResponse(responseCode = "409", description = "The screening is not NEEDS_REVIEW, was already reviewed, or (for ELIGIBLE) the record changed since it; or Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "ELIGIBLE refused: an absolute contraindication stands (type .../absolute-contraindication, criteria list each)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response review(@PathParam("patientId") UUID patientId, @PathParam("screeningId") UUID screeningId,
            @Parameter(description = "Makes a retried request return the first response")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ReviewRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            Screening screening = screenings.review(patientId, screeningId, request.decision(), request.reason().trim());
            return Responses.ok(screening.version, ScreeningResponse.of(screening));
        });
    }
}
