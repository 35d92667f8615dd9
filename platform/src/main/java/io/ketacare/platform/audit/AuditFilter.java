package io.ketacare.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ketacare.platform.security.Caller;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.RequestIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every call to the API — reads and writes, allowed or refused — in the audit trail. The
 * patient is taken from the {@code patientId} path parameter, the body ({@link PatientScoped}, or
 * the top-level {@code patientId} of a replayed answer, which is stored JSON text) or the
 * {@code Location} of a created patient.
 */
public class AuditFilter {

    private static final Pattern PATIENT_LOCATION = Pattern.compile("/api/v1/patients/([0-9a-fA-F-]{36})$");

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response, UriInfo uri) {
        String path = uri.getPath();
        if (!path.startsWith("/api/") || uri.getMatchedResources().isEmpty()) {
            return;
        }
        String method = request.getMethod();
        UUID patientId = patientOf(uri, response);
        int status = response.getStatus();
        trail.record(new AuditEntry(UUID.randomUUID(), clock.instant(), RequestIds.current(),
                caller.subject(), caller.userName(), caller.primaryRole(), action(method, patientId), method, path,
                patientId, status, outcome(status)));
    }

    private UUID patientOf(UriInfo uri, ContainerResponseContext response) {
        String fromPath = uri.getPathParameters().getFirst("patientId");
        if (fromPath != null) {
            return parse(fromPath);
        }
        if (response.getEntity() instanceof PatientScoped scoped) {
            return scoped.patientId();
        }
        if (response.getEntity() instanceof String replayed && response.getHeaders().containsKey(Idempotency.REPLAYED_HEADER)) {
            UUID fromBody = patientIn(json, replayed);
            if (fromBody != null) {
                return fromBody;
            }
        }
        URI location = response.getLocation();
        if (location != null) {
            Matcher m = PATIENT_LOCATION.matcher(location.getPath());
            if (m.find()) {
                return parse(m.group(1));
            }
        }
        return null;
    }

    /** The top-level {@code patientId} of a JSON answer, if it has one. */
    static UUID patientIn(ObjectMapper json, String body) {
        try {
            JsonNode id = json.readTree(body).get("patientId");
            return id != null && id.isTextual() ? parse(id.asText()) : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String action(String method, UUID patientId) {
        return switch (method) {
            case "GET", "HEAD" -> patientId == null ? "SEARCH" : "READ";
            case "POST" -> "CREATE";
            case "PUT", "PATCH" -> "UPDATE";
            case "DELETE" -> "DELETE";
            default -> method;
        };
    }

    static String outcome(int status) {
        if (status < 400) {
            return "SUCCESS";
        }
        return status == 401 || status == 403 || status == 404 ? "DENIED" : "FAILED";
    }
}
