package io.ketacare.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HopByHopTest {

    @Test
    void theFixedHopByHopHeadersInAnyCase() {
        Set<String> hopByHop = HopByHop.of(MultiMap.caseInsensitiveMultiMap());

        assertThat(List.of("connection", "KEEP-ALIVE", "transfer-encoding", "Upgrade", "proxy-authorization", "te", "Trailer"))
                .allMatch(hopByHop::contains);
        assertThat(List.of("Authorization", "X-Request-Id", "traceparent", "Content-Length")).noneMatch(hopByHop::contains);
    }

    @Test
    void headersTheConnectionHeaderNamesAreHopByHopToo() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Connection", "keep-alive, X-Hop")
                .add("Connection", "x-other");
        Set<String> hopByHop = HopByHop.of(headers);

        assertThat(List.of("x-hop", "X-Other", "Keep-Alive")).allMatch(hopByHop::contains);
        assertThat(hopByHop.contains("Authorization")).isFalse();
        assertThat(HopByHop.of(MultiMap.caseInsensitiveMultiMap()).contains("X-Hop")).isFalse();
    }
}
