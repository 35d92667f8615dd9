package io.ketacare.consent.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.consent.domain.consent.ConsentView;
import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.PatientAccess;
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

@Path("/api/v1/patients/{patientId}/consents")
@Tag(name = "Consents", description = "Consent presented, questioned, signed, witnessed and withdrawn")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientConsentResource {

    @Inject
    Consents consents;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    PatientAccess access;

    @POST
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE})
    @Operation(operationId = "presentConsent", summary = "Present a consent document version to a patient (status PENDING)")
    @APIResponse(responseCode = "201", description = "Presented; PENDING until signed and witnessed",
            headers = {@Header(name = "Location", description = "URL of the new consent", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the consent", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response present(@PathParam("patientId") UUID patientId,
            @Parameter(description = "Makes a retried request return the first response instead of presenting twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PresentationRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            ConsentView view = consents.present(patientId, request.documentCode(), request.documentVersion(), caller.userName());
            return Responses.created(uri.getBaseUriBuilder().path("api/v1/consents").path(view.consent().id.toString()).build(),
                    view.consent().version, ConsentResponse.of(view));
        });
    }

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.ADMIN, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listConsents", summary = "List a patient's consents, newest first, each with its state now and whether it is current")
    public Page<ConsentResponse> list(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageParams paging) {
        access.requireAccessTo(patientId);
        Page<ConsentView> page = consents.ofPatient(patientId, paging);
        return new Page<>(page.items().stream().map(ConsentResponse::of).toList(), page.page(), page.size(), page.totalItems());
    }
}
