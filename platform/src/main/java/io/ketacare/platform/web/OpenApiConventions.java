package io.ketacare.platform.web;

import io.ketacare.platform.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes the conventions every operation shares into the published contract: the problem+json
 * error responses it can give, the rate-limit and CORS headers the gateway adds to every answer,
 * and limits on every header value.
 */
public class OpenApiConventions implements OASFilter {

    private static final Map<String, String> GATEWAY_HEADERS = new LinkedHashMap<>();

    static {
        GATEWAY_HEADERS.put("RateLimit-Limit", "Requests allowed per window for this caller (set by the gateway)");
        GATEWAY_HEADERS.put("RateLimit-Remaining", "Requests left in the current window (set by the gateway)");
        GATEWAY_HEADERS.put("RateLimit-Reset", "Seconds until the window resets (set by the gateway)");
        GATEWAY_HEADERS.put("Access-Control-Allow-Origin", "Present when the request's Origin is an allowed front-end origin (set by the gateway)");
        GATEWAY_HEADERS.put(RequestIds.HEADER, "Request id: the caller's X-Request-Id or a new one; also in the logs and in problems");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(new java.util.ArrayList<>(java.util.List.of(OASFactory.createServer().url("/")
                .description("Relative to the host serving this document: the local gateway, a service, or the production gateway")
                .addExtension("x-internal", false))));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> components = openAPI.getComponents().getSchemas();
            components.values().forEach(schema -> limitStrings(schema, components));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                return;
            }
            documentErrors(path, method, operation);
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (!status.startsWith("5")) {
                    GATEWAY_HEADERS.forEach((name, description) -> response.addHeader(name, header(description)));
                }
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(OpenApiConventions::limit);
                }
            });
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> limit(p.getSchema()));
            }
        }));
    }

    private static void documentErrors(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Invalid input: the violations list names each field and what would pass");
        errors.put("401", "No valid bearer token");
        errors.put("403", "The caller's role may not do this");
        if (path.contains("{")) {
            errors.put("404", "Not found, or not the caller's own record");
        }
        if (method == PathItem.HttpMethod.POST) {
            errors.put("409", "Conflicts with the current state, or Idempotency-Key reused with another body");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            errors.put("409", "Conflicts with the current state");
            errors.put("412", "If-Match names a version that is no longer current");
            errors.put("428", "If-Match is missing");
        }
        errors.put("429", "Too many requests from this caller; retry after RateLimit-Reset seconds (set by the gateway)");
        errors.put("500", "Unexpected error; the problem names the request id");
        APIResponses responses = operation.getResponses();
        errors.forEach((status, description) -> {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(status, problem(description, status.equals("401"), status.equals("429") || status.equals("503")));
            }
        });
    }

    private static APIResponse problem(String description, boolean challenge, boolean retry) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        if (challenge) {
            response.addHeader("WWW-Authenticate", header("Bearer challenge naming the realm"));
        }
        if (retry) {
            response.addHeader("Retry-After", header("Seconds to wait before retrying"));
        }
        return response;
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING).maxLength(200).pattern("^[\\x20-\\x7E]*$"));
    }

    /** Every string in a body has a bounded length: identifiers and times by their format, text at most 1000. */
    private static void limitStrings(Schema schema, Map<String, Schema> components) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            Schema target = components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            if (target != null && target.getType() != null && target.getType().contains(Schema.SchemaType.STRING)
                    && schema.getMaxLength() == null) {
                limitStrings(target, components);
                schema.setMaxLength(target.getMaxLength() != null ? target.getMaxLength()
                        : target.getEnumeration().stream().mapToInt(v -> v.toString().length()).max().orElse(50));
            }
            return;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            String format = schema.getFormat() == null ? "" : schema.getFormat();
            schema.setMaxLength(switch (format) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 40;
                default -> 1000;
            });
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> limitStrings(p, components));
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(p -> limitStrings(p, components));
        }
        limitStrings(schema.getItems(), components);
    }

    /** Every header value is short printable text. */
    private static void limit(Header header) {
        limit(header.getSchema());
    }

    private static void limit(Schema schema) {
        if (schema != null && schema.getRef() == null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING)) {
            if (schema.getMaxLength() == null && schema.getEnumeration() == null) {
                schema.setMaxLength(200);
            }
            if (schema.getPattern() == null && schema.getFormat() == null && schema.getEnumeration() == null) {
                schema.setPattern("^[\\x20-\\x7E]*$");
            }
        }
    }
}
