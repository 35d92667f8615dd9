package io.ketacare.gateway.proxy;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A service that is slow or silent costs the gateway a bounded wait, never its connections: reads
 * are given up after the read timeout, calls beyond the pool and its wait queue are refused at once,
 * and afterwards the gateway serves as before.
 */
class SlowServiceTest {

    private ProxyRig rig;

    @AfterEach
    void closeRig() {
        rig.close();
        assertThat(rig.escaped).as("exceptions that escaped the gateway").isEmpty();
    }

    @Test
    void aReadTheServiceNeverAnswersGets503AfterTheReadTimeoutAndFreesItsConnection() throws Exception {
        rig = new ProxyRig(ProxyRig.Settings.oneConnection());

        HttpResponse<String> answer = rig.get("/hang");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.body()).contains("patient-service is unavailable (it did not answer in time)");
        assertThat(rig.upstream.abandoned.poll(20, SECONDS)).as("the call given up at the service").endsWith("/hang");
        assertThat(rig.get("/ok").statusCode()).as("the one pooled connection serves the next call").isEqualTo(200);
    }

    @Test
    void aWriteIsGivenTheIdleTimeoutNotTheShorterReadTimeout() throws Exception {
        rig = new ProxyRig(ProxyRig.Settings.oneConnection().withReadTimeout(Duration.ofMillis(200)));

        HttpResponse<String> answer = rig.post("/delayed?ms=1500", "{\"route\":\"IV\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void callsBeyondThePoolAndItsWaitQueueAreRefusedWithoutWaitingAndTheOthersAreServed() throws Exception {
        int poolSize = 2;
        int waitQueue = 2;
        rig = new ProxyRig(ProxyRig.Settings.oneConnection().withPool(poolSize, waitQueue)
                .withConnectTimeout(Duration.ofSeconds(120)).withReadTimeout(Duration.ofSeconds(120)));

        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 30).mapToObj(i -> rig.getAsync("/held")).toList();
        List<HttpResponse<String>> refused = answeredWithin(calls, 30 - poolSize - waitQueue, Duration.ofSeconds(30));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(answer.body()).contains("\"type\":\"https://ketacare.dev/problems/service-unavailable\"");
        });
        rig.upstream.release();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, SECONDS);
        assertThat(calls.stream().filter(call -> call.join().statusCode() == 200).count())
                .isBetween(1L, (long) poolSize + waitQueue);
        assertThat(rig.upstream.mostAtOnce.get()).isLessThanOrEqualTo(poolSize);
        assertThat(rig.get("/ok").statusCode()).isEqualTo(200);
    }

    @Test
    void aBurstAgainstAServiceThatNeverAnswersLeavesTheGatewayAbleToServe() throws Exception {
        rig = new ProxyRig(ProxyRig.Settings.oneConnection().withPool(2, 2));

        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 20).mapToObj(i -> rig.getAsync("/hang")).toList();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, SECONDS);

        assertThat(calls).allSatisfy(call -> assertThat(call.join().statusCode()).isEqualTo(503));
        assertThat(rig.get("/ok").statusCode()).isEqualTo(200);
        assertThat(rig.get("/ok").statusCode()).isEqualTo(200);
    }

    /** The calls answered within the bound, once at least {@code count} of them are; fails the test otherwise. */
    private static List<HttpResponse<String>> answeredWithin(List<CompletableFuture<HttpResponse<String>>> calls, int count,
            Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (calls.stream().filter(CompletableFuture::isDone).count() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<HttpResponse<String>> answered = calls.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join).toList();
        assertThat(answered).as("calls answered while the service held the others").hasSizeGreaterThanOrEqualTo(count);
        return answered;
    }
}
