package io.ketacare.session.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** This service's own client-credentials token (confidential client ketacare-session-service), fetched once and renewed when it expires. */
@ApplicationScoped
public class ServiceToken implements ClientHeadersFactory {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    OidcClient client;

    private volatile Tokens tokens;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + current().getAccessToken());
        return headers;
    }

    private Tokens current() {
        Tokens held = tokens;
        if (held == null || held.isAccessTokenExpired() || held.isAccessTokenWithinRefreshInterval()) {
            held = client.getTokens().await().atMost(FETCH_TIMEOUT);
            tokens = held;
        }
        return held;
    }
}
