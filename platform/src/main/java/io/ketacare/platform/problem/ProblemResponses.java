package io.ketacare.platform.problem;

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
 * Documents the problem+json error responses every operation can give, so that each operation in
 * the published contract lists its errors with the {@code Problem} schema.
 */
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                return;
            }
            document(path, method, operation);
        }));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
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
        errors.put("500", "Unexpected error; the problem names the request id");
        APIResponses responses = operation.getResponses();
        errors.forEach((status, description) -> {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(status, problem(description, status.equals("401")));
            }
        });
    }

    private static APIResponse problem(String description, boolean challenge) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        if (challenge) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer challenge")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
        }
        return response;
    }
}
