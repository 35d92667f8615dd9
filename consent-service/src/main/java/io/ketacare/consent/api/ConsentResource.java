package io.ketacare.consent.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.consent.domain.consent.ConsentView;
import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.PatientAccess;
import io.ketacare.platform.security.Roles;
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

@Path("/api/v1/consents/{consentId}")
@Tag(name = "Consents", description = "Consent presented, questioned, signed, witnessed and withdrawn")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    Consents consents;

    @Inject
    Caller caller;

    @Inject
    PatientAccess access;

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.ADMIN, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getConsent", summary = "Read a consent as it stands now")
    @APIResponse(responseCode = "200", description = "The consent",
            headers = @Header(name = "ETag", description = "Version of the consent", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    public Response get(@PathParam("consentId") UUID consentId) {
        access.requireAccessTo(consents.get(consentId).patientId);
        return ok(consents.read(consentId));
    }

    @POST
    @Path("/questions")
    @RolesAllowed(Roles.CLINICIAN)
    @Operation(operationId = "recordConsentQuestion", summary = "Record a patient's question about the consent and the clinician's answer")
    @APIResponse(responseCode = "200", description = "Recorded; the consent with all its questions",
            headers = @Header(name = "ETag", description = "Version of the consent", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "409", description = "The consent is WITHDRAWN or EXPIRED (the detail names the current state)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ask(@PathParam("consentId") UUID consentId, @NotNull(message = "a JSON body is required") @Valid QuestionRequest request) {
        return ok(consents.ask(consentId, request.question().trim(), request.answer().trim(), caller.userName()));
    }

    @POST
    @Path("/signature")
    @RolesAllowed({Roles.PATIENT, Roles.CLINICIAN})
    @Operation(operationId = "signConsent", summary = """
            Patient signature (patient token) or clinician witness, capturing the patient's signature with an attestation \
            when the patient has not signed; signed and witnessed makes the consent ACTIVE until the version's validity ends""")
    @APIResponse(responseCode = "200", description = "Recorded; PENDING awaiting the witness, or ACTIVE with expiresAt",
            headers = @Header(name = "ETag", description = "Version of the consent", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "409", description = "The consent is not PENDING, or the patient already signed (the detail names the current state)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sign(@PathParam("consentId") UUID consentId, @NotNull(message = "a JSON body is required") @Valid SignatureRequest request) {
        if (caller.isPatientOnly()) {
            access.requireAccessTo(consents.get(consentId).patientId);
            if (request.signerName() == null) {
                throw io.ketacare.platform.problem.ProblemException.invalid("signerName", "is required");
            }
            return ok(consents.signByPatient(consentId, request.signerName().trim(), caller.userName()));
        }
        return ok(consents.witness(consentId, trim(request.signerName()), trim(request.attestation()), caller.userName()));
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed({Roles.CLINICIAN, Roles.NURSE, Roles.PATIENT})
    @Operation(operationId = "withdrawConsent", summary = "Withdraw a consent: WITHDRAWN at once, final, the reason kept")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            headers = @Header(name = "ETag", description = "Version of the consent", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "409", description = "The consent is already WITHDRAWN or EXPIRED (the detail names the current state)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("consentId") UUID consentId, @NotNull(message = "a JSON body is required") @Valid WithdrawalRequest request) {
        access.requireAccessTo(consents.get(consentId).patientId);
        return ok(consents.withdraw(consentId, request.reason().trim(), caller.userName()));
    }

    private static Response ok(ConsentView view) {
        return Responses.ok(view.consent().version, ConsentResponse.of(view));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
