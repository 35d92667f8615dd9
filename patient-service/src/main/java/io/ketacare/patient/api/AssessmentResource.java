package io.ketacare.patient.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.patient.domain.assessment.AssessmentView;
import io.ketacare.patient.domain.assessment.Assessments;
import io.ketacare.patient.domain.assessment.Instrument;
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
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/patients/{patientId}/assessments")
@Tag(name = "Assessments", description = "Standardized instruments scored by the server: PHQ-9, GAD-7, PCL-5, MADRS, C-SSRS screener")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.PATIENT})
    @Operation(operationId = "submitAssessment",
            summary = "Submit item answers; the server checks item count and ranges, scores them and raises safety flags")
    @APIResponse(responseCode = "201", description = "Scored and recorded",
            headers = {@Header(name = "Location", description = "URL of the new assessment", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the new assessment", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    public Response submit(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Makes a retried request return the first response instead of recording twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid AssessmentRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            AssessmentView view = assessments.submit(patientId, request.toSubmission());
            return Responses.created(uri, view.assessment().id, view.assessment().version, AssessmentResponse.of(view));
        });
    }

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listAssessments",
            summary = "Assessment history, newest first, each with change vs baseline and response, remission and relapse flags")
    public Page<AssessmentResponse> history(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Only this instrument", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"PHQ9", "GAD7", "PCL5", "MADRS", "CSSRS_SCREEN"}))
            @QueryParam("instrument") String instrument,
            @Valid @BeanParam PageParams paging) {
        Page<AssessmentView> page = assessments.history(patientId, Params.enumValue(Instrument.class, instrument, "instrument"), paging);
        return new Page<>(page.items().stream().map(AssessmentResponse::of).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/{assessmentId}")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getAssessment", summary = "Read one assessment with its change vs baseline")
    @APIResponse(responseCode = "200", description = "The assessment",
            headers = @Header(name = "ETag", description = "Version of the assessment", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    public Response get(@PathParam("patientId") UUID patientId, @PathParam("assessmentId") UUID assessmentId) {
        AssessmentView view = assessments.get(patientId, assessmentId);
        return Responses.ok(view.assessment().version, AssessmentResponse.of(view));
    }
}
