package io.ketacare.consent.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

class BearerRelayTest {

    @Test
    void theCallersBearerTokenAndRequestIdAreRelayed() {
        MultivaluedMap<String, String> incoming = new MultivaluedHashMap<>();
        incoming.putSingle("Authorization", "Bearer abc.def.ghi");
        incoming.putSingle("X-Request-Id", "req-1");
        MultivaluedMap<String, String> outgoing = new BearerRelay().update(incoming, new MultivaluedHashMap<>());
        assertThat(outgoing.getFirst("Authorization")).isEqualTo("Bearer abc.def.ghi");
        assertThat(outgoing.getFirst("X-Request-Id")).isEqualTo("req-1");
    }
}
