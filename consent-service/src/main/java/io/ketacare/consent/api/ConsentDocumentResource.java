package io.ketacare.consent.api;

import io.ketacare.platform.web.Responses;
import io.ketacare.consent.domain.document.ConsentDocument;
import io.ketacare.consent.domain.document.ConsentDocuments;
import io.ketacare.consent.domain.document.DocumentVersion;
import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/consent-documents")
@Tag(name = "Consent documents", description = "Versioned consent documents; a published version is immutable")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentDocumentResource {

    @Inject
    ConsentDocuments documents;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "authorConsentDocument", summary = "Author a consent document (its content is published as versions)")
    @APIResponse(responseCode = "201", description = "Authored",
            headers = {@Header(name = "Location", description = "URL of the new document", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the document", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    @APIResponse(responseCode = "409", description = "A document with this code exists, or Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response author(@Parameter(description = "Makes a retried request return the first response")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid DocumentRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            ConsentDocument document = documents.author(request.code(), request.title().trim(), caller.userName());
            return Responses.created(uri.getAbsolutePathBuilder().path(document.code).build(), document.version,
                    DocumentResponse.of(document, 0));
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listConsentDocuments", summary = "List consent documents by code")
    public Page<DocumentResponse> list(@Valid @BeanParam PageParams paging) {
        Page<ConsentDocument> page = documents.list(paging);
        return new Page<>(page.items().stream().map(d -> DocumentResponse.of(d, documents.latestNumber(d.code))).toList(),
                page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getConsentDocument", summary = "Read a consent document")
    @APIResponse(responseCode = "200", description = "The document",
            headers = @Header(name = "ETag", description = "Version of the document", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    public Response get(@PathParam("code") @Size(max = 40) String code) {
        ConsentDocument document = documents.get(code);
        return Responses.ok(document.version, DocumentResponse.of(document, documents.latestNumber(code)));
    }

    @POST
    @Path("/{code}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishConsentDocumentVersion", summary = "Publish the next, immutable version of a consent document")
    @APIResponse(responseCode = "201", description = "Published",
            headers = {@Header(name = "Location", description = "URL of the new version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Always 0: a published version never changes", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = DocumentVersionResponse.class)))
    public Response publish(@PathParam("code") @Size(max = 40) String code,
            @Parameter(description = "Makes a retried request return the first response")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid VersionRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            DocumentVersion version = documents.publish(code, request.toContent(), caller.userName());
            return Responses.created(uri.getAbsolutePathBuilder().path(String.valueOf(version.number)).build(), 0,
                    DocumentVersionResponse.of(version));
        });
    }

    @GET
    @Path("/{code}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listConsentDocumentVersions", summary = "List the published versions of a consent document, oldest first")
    public Page<DocumentVersionResponse> versions(@PathParam("code") @Size(max = 40) String code, @Valid @BeanParam PageParams paging) {
        Page<DocumentVersion> page = documents.versions(code, paging);
        return new Page<>(page.items().stream().map(DocumentVersionResponse::of).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/{code}/versions/{number}")
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "getConsentDocumentVersion", summary = "Read one published version of a consent document")
    @APIResponse(responseCode = "200", description = "The version",
            headers = @Header(name = "ETag", description = "Always 0: a published version never changes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DocumentVersionResponse.class)))
    public Response version(@PathParam("code") @Size(max = 40) String code,
            @PathParam("number") @Min(1) @Max(1_000_000) int number) {
        return Responses.ok(0, DocumentVersionResponse.of(documents.version(code, number)));
    }
}
