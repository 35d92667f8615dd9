package io.ketacare.gateway.problem;

import io.ketacare.gateway.client.ServiceException;
import io.ketacare.gateway.correlation.CorrelationHandler;
import io.ketacare.gateway.fhir.FhirException;
import io.ketacare.gateway.fhir.FhirJson;
import io.ketacare.gateway.fhir.OperationOutcomes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The errors of the gateway's own endpoints: an OperationOutcome under {@code /fhir}, an RFC 9457
 * problem elsewhere, with the HTTP status of what went wrong. A service's 404 stays a 404, its
 * refusal keeps its status, and a service that is down or silent is a 503 with Retry-After.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    @Inject
    FhirJson fhir;

    @ServerExceptionMapper
    public Response fhirError(FhirException e, UriInfo uri, RoutingContext ctx) {
        return respond(uri, ctx, e.status(), e.issueType(), "invalid-request", titleOf(e.status()), e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response serviceFailure(ServiceException e, UriInfo uri, RoutingContext ctx) {
        return switch (e.kind()) {
            case NOT_FOUND -> respond(uri, ctx, 404, IssueType.NOTFOUND, "not-found", "Not found",
                    "No such patient or record, or not yours to see", null);
            case REFUSED -> respond(uri, ctx, e.status(), OperationOutcomes.typeOf(e.status()), slugOf(e.status()), titleOf(e.status()),
                    e.getMessage(), null);
            case UNAVAILABLE -> {
                LOG.warnf("%s unavailable for %s: %s", e.service().serviceName(), uri.getPath(), e.getMessage());
                yield respond(uri, ctx, 503, IssueType.TRANSIENT, "service-unavailable", "Service unavailable",
                        e.getMessage() + "; retry in " + Problems.RETRY_AFTER_SECONDS + " seconds", Problems.RETRY_AFTER_SECONDS);
            }
        };
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, RoutingContext ctx) {
        Response response = respond(uri, ctx, 401, IssueType.LOGIN, "unauthenticated", "Authentication required",
                "A valid bearer token from the ketacare realm is required", null);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ketacare\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, RoutingContext ctx) {
        return respond(uri, ctx, 403, IssueType.FORBIDDEN, "forbidden", "Role not allowed", "Your role may not perform this action", null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, RoutingContext ctx) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, ctx);
        }
        return respond(uri, ctx, status, OperationOutcomes.typeOf(status), slugOf(status), titleOf(status), e.getMessage(), null);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri, RoutingContext ctx) {
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(uri, ctx, 500, IssueType.EXCEPTION, "internal-error", "Internal error",
                "An unexpected error occurred; quote request id " + CorrelationHandler.requestId(ctx) + " when reporting it", null);
    }

    private Response respond(UriInfo uri, RoutingContext ctx, int status, IssueType type, String slug, String title, String detail,
            Integer retryAfter) {
        Response.ResponseBuilder response;
        if (uri.getPath().startsWith("/fhir")) {
            response = Response.status(status).entity(fhir.encode(OperationOutcomes.error(type, detail))).type(FhirJson.MEDIA_TYPE);
        } else {
            Problem problem = new Problem(Problem.BASE + slug, title, status, detail, uri.getPath(), CorrelationHandler.requestId(ctx));
            response = Response.status(status).entity(problem.toJson().encode()).type(Problem.MEDIA_TYPE);
        }
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter);
        }
        return response.build();
    }

    private static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            default -> titleOf(status).toLowerCase().replaceAll("[^a-z0-9]+", "-");
        };
    }
}
