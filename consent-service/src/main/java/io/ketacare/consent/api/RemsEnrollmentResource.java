package io.ketacare.consent.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.consent.domain.rems.RemsEnrollment;
import io.ketacare.consent.domain.rems.RemsEnrollments;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.PatientAccess;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Idempotency;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}/rems-enrollment")
@Tag(name = "REMS", description = "Esketamine REMS enrollment, required before an intranasal plan is activated or authorized")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RemsEnrollmentResource {

    @Inject
    RemsEnrollments enrollments;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    PatientAccess access;

    @POST
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(operationId = "enrollInRems", summary = "Record the patient's esketamine REMS enrollment, signed by the patient and by the calling prescriber")
    @APIResponse(responseCode = "201", description = "Enrolled",
            headers = {@Header(name = "Location", description = "URL of the enrollment", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the enrollment", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RemsResponse.class)))
    @APIResponse(responseCode = "409", description = "The patient is already enrolled, or Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response enroll(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Makes a retried request return the first response")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RemsRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            RemsEnrollment e = enrollments.enroll(patientId, request.patientSignerName().trim(), caller.userName(), request.prescriberAttestation().trim());
            return Responses.created(uri.getAbsolutePath(), e.version, RemsResponse.of(e));
        });
    }

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.ADMIN, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getRemsEnrollment", summary = "Read the patient's latest esketamine REMS enrollment, current or withdrawn (404 when never enrolled)")
    @APIResponse(responseCode = "200", description = "The enrollment",
            headers = @Header(name = "ETag", description = "Version of the enrollment", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RemsResponse.class)))
    public Response get(@PathParam("patientId") UUID patientId) {
        access.requireAccessTo(patientId);
        RemsEnrollment e = enrollments.get(patientId);
        return Responses.ok(e.version, RemsResponse.of(e));
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(operationId = "withdrawRemsEnrollment", summary = """
            Withdraw the patient's REMS enrollment at once, with a reason: intranasal esketamine is no longer authorized \
            (the patient may enroll again later)""")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            headers = @Header(name = "ETag", description = "Version of the enrollment", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RemsResponse.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("patientId") UUID patientId, @NotNull(message = "a JSON body is required") @Valid RemsWithdrawalRequest request) {
        RemsEnrollment e = enrollments.withdraw(patientId, request.reason().trim(), caller.userName());
        return Responses.ok(e.version, RemsResponse.of(e));
    }
}
