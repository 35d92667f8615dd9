package io.ketacare.gateway.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on the gateway's own operations (the composed views) what the gateway adds to every
 * answer, as the service contracts already do for theirs: the rate-limit, CORS and request-id
 * headers on each response but 5xx, and the 429 a caller over the limit gets. The server is the
 * host serving the document, relative, as in the service contracts.
 */
public class GatewayHeadersFilter implements OASFilter {

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("RateLimit-Limit", "Requests allowed per window for this caller");
        HEADERS.put("RateLimit-Remaining", "Requests left in the current window");
        HEADERS.put("RateLimit-Reset", "Seconds until the window resets");
        HEADERS.put("Access-Control-Allow-Origin", "Present when the request's Origin is an allowed front-end origin");
        HEADERS.put("X-Request-Id", "Request id: the caller's X-Request-Id or a new one; also in the logs and in problems");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("Relative to the host serving this document: the local gateway or the production gateway")
                .addExtension("x-internal", false))));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            APIResponses responses = operation.getResponses();
            if (responses == null || responses.getAPIResponses() == null) {
                return;
            }
            if (responses.getAPIResponse("429") == null) {
                responses.addAPIResponse("429", tooManyRequests());
            }
            responses.getAPIResponses().forEach((status, response) -> {
                if (!status.startsWith("5")) {
                    HEADERS.forEach((name, description) -> {
                        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                            response.addHeader(name, header(description));
                        }
                    });
                }
            });
        }));
    }

    private static APIResponse tooManyRequests() {
        return OASFactory.createAPIResponse().description("Too many requests from this caller; retry after RateLimit-Reset seconds")
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))))
                .addHeader("Retry-After", header("Seconds to wait before retrying"));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING).maxLength(200).pattern("^[\\x20-\\x7E]*$"));
    }
}
