package io.ketacare.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpstreamsTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void readsWaitForTheirAnswerUpToTheReadTimeoutAndWritesUpToTheIdleTimeout() {
        Upstreams upstreams = upstreams(new ProxyRig.Settings(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(10), 100, 1000));

        assertThat(upstreams.headTimeoutMillis(HttpMethod.GET)).isEqualTo(10_000);
        assertThat(upstreams.headTimeoutMillis(HttpMethod.HEAD)).isEqualTo(10_000);
        assertThat(upstreams.headTimeoutMillis(HttpMethod.OPTIONS)).isEqualTo(10_000);
        assertThat(upstreams.headTimeoutMillis(HttpMethod.POST)).isEqualTo(30_000);
        assertThat(upstreams.headTimeoutMillis(HttpMethod.PUT)).isEqualTo(30_000);
        assertThat(upstreams.headTimeoutMillis(HttpMethod.PATCH)).isEqualTo(30_000);
        assertThat(upstreams.headTimeoutMillis(HttpMethod.DELETE)).isEqualTo(30_000);
        upstreams.close();
    }

    @Test
    void aReadTimeoutLongerThanTheIdleTimeoutIsCutToIt() {
        Upstreams upstreams = upstreams(new ProxyRig.Settings(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(10), 100, 1000));

        assertThat(upstreams.headTimeoutMillis(HttpMethod.GET)).isEqualTo(1_000);
        upstreams.close();
    }

    @Test
    void thePoolAndItsWaitQueueAreSharedOutAmongTheEventLoopsEachGettingAtLeastOne() {
        assertThat(Upstreams.sharedOut(100, 4)).isEqualTo(25);
        assertThat(Upstreams.sharedOut(200, 3)).isEqualTo(67);
        assertThat(Upstreams.sharedOut(1, 4)).isEqualTo(1);
        assertThat(Upstreams.sharedOut(5, 1)).isEqualTo(5);
    }

    private Upstreams upstreams(ProxyConfig settings) {
        return new Upstreams(vertx, ProxyRig.allServicesAt(URI.create("http://127.0.0.1:8081")), settings);
    }
}
