package io.ketacare.gateway.proxy;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller that goes away ends its call at the service too, at whatever point it leaves, so that the
 * pooled connection is given back; the gateway has a single connection here, so a leaked one would
 * leave the next call unanswered (the idle timeout is far beyond the test's bounds).
 */
class CallerGoneTest {

    private static final byte[] KILOBYTES_64 = new byte[64 * 1024];

    private ProxyRig rig;

    @AfterEach
    void closeRig() {
        rig.close();
        assertThat(rig.escaped).as("exceptions that escaped the gateway").isEmpty();
    }

    @Test
    void aCallerThatLeavesWhileTheServiceIsWorkingCancelsTheCall() throws Exception {
        rig = new ProxyRig(ProxyRig.Settings.oneConnection().withReadTimeout(Duration.ofSeconds(120)));

        try (RawCaller caller = new RawCaller(rig.socket())) {
            caller.head("GET", rig.target("/hang"));
            assertThat(rig.upstream.nextArrival(20)).endsWith("/hang");
        }

        assertThat(rig.upstream.abandoned.poll(20, SECONDS)).endsWith("/hang");
        assertThat(rig.get("/ok").statusCode()).isEqualTo(200);
    }

    @Test
    void aCallerThatLeavesWhileWaitingForAConnectionNeverReachesTheService() throws Exception {
        rig = new ProxyRig(ProxyRig.Settings.oneConnection().withConnectTimeout(Duration.ofSeconds(60))
                .withReadTimeout(Duration.ofSeconds(120)));
        CompletableFuture<HttpResponse<String>> first = rig.getAsync("/held");
        assertThat(rig.upstream.nextArrival(20)).endsWith("/held");

        try (RawCaller waiting = new RawCaller(rig.socket())) {
            waiting.head("GET", rig.target("/hang"));
            Thread.sleep(1000); // let it queue for the one connection
        }
        Thread.sleep(200);
        rig.upstream.release();

        assertThat(first.get(20, SECONDS).statusCode()).isEqualTo(200);
        assertThat(rig.get("/ok").statusCode()).isEqualTo(200);
        assertThat(rig.upstream.arrived).as("calls that reached the service after the first").doesNotContain(rig.target("/hang"));
    }

    @ParameterizedTest(name = "chunked: {0}")
    @ValueSource(booleans = {false, true})
    void aCallerThatLeavesMidUploadCutsTheCallShortInsteadOfEndingIt(boolean chunked) throws Exception {
        rig = new ProxyRig(ProxyRig.Settings.oneConnection());

        try (RawCaller caller = new RawCaller(rig.socket())) {
            caller.head("POST", rig.target("/upload"), "Content-Type: application/octet-stream",
                    chunked ? "Transfer-Encoding: chunked" : "Content-Length: 1000000");
            if (chunked) {
                caller.chunk(KILOBYTES_64);
            } else {
                caller.write(KILOBYTES_64);
            }
            assertThat(rig.upstream.nextArrival(20)).endsWith("/upload");
        }

        assertThat(rig.upstream.uploads.poll(20, SECONDS)).isEqualTo("cut");
        assertThat(rig.get("/ok").statusCode()).isEqualTo(200);
    }

    @Test
    void aCallerThatStopsReadingAndLeavesMidDownloadReleasesTheService() throws Exception {
        rig = new ProxyRig(ProxyRig.Settings.oneConnection());

        try (RawCaller caller = new RawCaller(rig.socket())) {
            caller.head("GET", rig.target("/stream")).read(64 * 1024);
            Thread.sleep(500); // buffers fill up: the gateway stops reading from the service
        }

        assertThat(rig.upstream.abandoned.poll(20, SECONDS)).endsWith("/stream");
        assertThat(rig.get("/ok").statusCode()).isEqualTo(200);
    }

    @Test
    void callersThatResetTheirConnectionMidDownloadLeaveNoErrorBehind() throws Exception {
        rig = new ProxyRig(ProxyRig.Settings.oneConnection());

        for (int i = 0; i < 5; i++) {
            RawCaller caller = new RawCaller(rig.socket());
            caller.head("GET", rig.target("/stream")).read(64 * 1024);
            Thread.sleep(200); // buffers fill up: the gateway has writes pending when the reset comes
            caller.reset();
            assertThat(rig.upstream.abandoned.poll(20, SECONDS)).endsWith("/stream");
        }

        assertThat(rig.get("/ok").statusCode()).isEqualTo(200);
    }
}
