package io.ketacare.gateway.fhir;

import io.ketacare.gateway.client.CallerContext;
import io.ketacare.gateway.security.GatewayRoles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR R4 face for EHR integrators, read-only: {@code metadata}, read and search of every type
 * in {@link FhirType}. Described by its CapabilityStatement rather than the OpenAPI document.
 */
@Path("/fhir/r4")
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class FhirResource {

    @Inject
    FhirSearches searches;

    @Inject
    FhirJson json;

    @GET
    @Path("/metadata")
    @PermitAll
    @Operation(hidden = true)
    public Response metadata(@Context UriInfo uri) {
        return ok(CapabilityStatements.of(base(uri)));
    }

    @GET
    @Path("/{type}")
    @RolesAllowed({GatewayRoles.INTEGRATOR, GatewayRoles.CLINICIAN, GatewayRoles.NURSE, GatewayRoles.PATIENT})
    @Operation(hidden = true)
    public CompletionStage<Response> search(@PathParam("type") String type, @Context UriInfo uri, @Context RoutingContext ctx) {
        SearchRequest search = SearchRequest.parse(type(type), uri.getQueryParameters());
        return searches.search(base(uri), search, CallerContext.of(ctx)).map(this::ok).toCompletionStage();
    }

    @GET
    @Path("/{type}/{id}")
    @RolesAllowed({GatewayRoles.INTEGRATOR, GatewayRoles.CLINICIAN, GatewayRoles.NURSE, GatewayRoles.PATIENT})
    @Operation(hidden = true)
    public CompletionStage<Response> read(@PathParam("type") String type, @PathParam("id") String id, @Context RoutingContext ctx) {
        return searches.read(type(type), id, CallerContext.of(ctx)).map(this::okWithVersion).toCompletionStage();
    }

    private static FhirType type(String name) {
        return FhirType.named(name).orElseThrow(() -> FhirException.notFound("Resource type '" + name + "' is not served; see /fhir/r4/metadata"));
    }

    private static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/fhir/r4";
    }

    private Response ok(IBaseResource resource) {
        return Response.ok(json.encode(resource), FhirJson.MEDIA_TYPE).build();
    }

    private Response okWithVersion(Resource resource) {
        Response.ResponseBuilder response = Response.ok(json.encode(resource), FhirJson.MEDIA_TYPE);
        if (resource.getMeta().hasVersionId()) {
            response.header("ETag", "W/\"" + resource.getMeta().getVersionId() + "\"");
        }
        return response.build();
    }
}
