package io.ketacare.platform.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;

/** The shapes of successful answers: 201 with Location and ETag for a creation, 200 with ETag for a read or update. */
public final class Responses {

    private Responses() {
    }

    /** 201 for a resource created under the request's path ({@code POST /things} → {@code /things/{id}}). */
    public static Response created(UriInfo uri, UUID id, long version, Object body) {
        return created(uri.getAbsolutePathBuilder().path(id.toString()).build(), version, body);
    }

    public static Response created(URI location, long version, Object body) {
        return Response.created(location).tag(etag(version)).entity(body).build();
    }

    public static Response ok(long version, Object body) {
        return Response.ok(body).tag(etag(version)).build();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
