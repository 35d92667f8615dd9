package io.ketacare.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.ketacare.platform.web.RequestIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problem responses. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.status() >= 500) {
            LOG.warnf("%s: %s", e.title(), e.getMessage());
        }
        Response.ResponseBuilder response = build(uri, e.status(), e.slug(), e.title(), e.getMessage(), e.violations(), e.criteria());
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return problem(ProblemException.invalid(violations), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String message = e.getOriginalMessage();
        int cut = message.indexOf(" at [Source");
        message = cut > 0 ? message.substring(0, cut) : message;
        return problem(ProblemException.invalid(field, "unreadable value: " + message), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return build(uri, 401, "unauthenticated", "Authentication required",
                "A valid bearer token from the ketacare realm is required", List.of(), List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ketacare\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return build(uri, 403, "forbidden", "Role not allowed",
                "Your role may not perform this action", List.of(), List.of()).build();
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, UriInfo uri) {
        return build(uri, 412, "stale-etag", "Stale ETag",
                "The resource was changed by another request at the same time; read it again and retry", List.of(), List.of()).build();
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.infof("Refused by database constraint %s", e.getConstraintName());
        return build(uri, 409, "conflict", "Conflict with current state",
                "The request conflicts with existing data (" + e.getConstraintName() + ")", List.of(), List.of()).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return build(uri, status, slugOf(title), title, e.getMessage(), List.of(), List.of()).build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("No database connection for %s: %s", uri.getPath(), e);
            return problem(ProblemException.databaseUnavailable(DATABASE_RETRY_AFTER_SECONDS), uri);
        }
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return build(uri, 500, "internal-error", "Internal error",
                "An unexpected error occurred; quote request id " + RequestIds.current() + " when reporting it", List.of(), List.of()).build();
    }

    /**
     * No connection from the pool within its acquisition timeout (Agroal says "Sorry, acquisition timeout!"), or the
     * database unreachable: a passing overload or outage, not a defect.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Response.ResponseBuilder build(UriInfo uri, int status, String slug, String title, String detail,
            List<Violation> violations, List<Criterion> criteria) {
        Problem body = new Problem(Problem.type(slug), title, status, detail, uri.getPath(), RequestIds.current(),
                new ArrayList<>(violations), new ArrayList<>(criteria));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /** {@code register.request.name.family} → {@code name.family}: the field as the client named it. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts.length == 2 ? parts[1] : path;
    }
}
