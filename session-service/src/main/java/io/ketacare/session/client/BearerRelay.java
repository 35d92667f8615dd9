package io.ketacare.session.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Relays the caller's bearer token to the downstream service, so it authorizes the same caller. */
@ApplicationScoped
public class BearerRelay implements ClientHeadersFactory {

    @Inject
    Instance<JsonWebToken> token;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String authorization = incoming.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null && token.isResolvable()) {
            String raw = token.get().getRawToken();
            authorization = raw == null ? null : "Bearer " + raw;
        }
        if (authorization != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
        String requestId = incoming.getFirst("X-Request-Id");
        if (requestId != null) {
            headers.putSingle("X-Request-Id", requestId);
        }
        return headers;
    }
}
