package io.ketacare.patient.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The shapes of successful answers: 201 with Location and ETag for a creation, 200 with ETag for a read. */
final class Responses {

    private Responses() {
    }

    static Response created(UriInfo uri, UUID id, long version, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).tag(etag(version)).entity(body).build();
    }

    static Response ok(long version, Object body) {
        return Response.ok(body).tag(etag(version)).build();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
