package io.ketacare.consent.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The shapes of successful answers: 201 with Location and ETag for a creation, 200 with ETag for a read. */
final class Responses {

    private Responses() {
    }

    static Response created(URI location, long version, Object body) {
        return Response.created(location).tag(etag(version)).entity(body).build();
    }

    static Response ok(long version, Object body) {
        return Response.ok(body).tag(etag(version)).build();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
