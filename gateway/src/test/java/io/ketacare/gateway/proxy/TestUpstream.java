package io.ketacare.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server behind the gateway that misbehaves on demand, by path:
 * <ul>
 * <li>{@code /ok}: answers 200 at once;</li>
 * <li>{@code /delayed?ms=}: answers 200 after that many milliseconds;</li>
 * <li>{@code /hang}: never answers;</li>
 * <li>{@code /held}: answers 200 once the test {@linkplain #release() releases} it;</li>
 * <li>{@code /cut}: announces 1000 bytes (or a chunked body with {@code ?chunked}), sends 100 and closes;</li>
 * <li>{@code /stream}: an endless body (announced as a terabyte, or chunked with {@code ?chunked}), sent as
 * fast as the gateway takes it;</li>
 * <li>{@code /upload}: reads the request body and answers how many bytes arrived.</li>
 * </ul>
 * What it saw is recorded: every request that arrived, every call whose connection was closed before
 * it was answered, every upload cut short or completed.
 */
final class TestUpstream implements Handler<HttpServerRequest> {

    /** Paths of the requests as they arrived. */
    final BlockingQueue<String> arrived = new LinkedBlockingQueue<>();
    /** Paths of the calls whose connection closed while they were unanswered. */
    final BlockingQueue<String> abandoned = new LinkedBlockingQueue<>();
    /** "complete" or "cut", one per upload, when its body ended or its connection closed first. */
    final BlockingQueue<String> uploads = new LinkedBlockingQueue<>();
    /** Calls being answered right now, and the most there ever were at once. */
    final AtomicInteger inProgress = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    private final Vertx vertx;
    private final Promise<Void> released = Promise.promise();

    TestUpstream(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public void handle(HttpServerRequest request) {
        arrived.add(request.path());
        mostAtOnce.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
        HttpServerResponse response = request.response();
        response.endHandler(v -> inProgress.decrementAndGet());
        response.closeHandler(v -> {
            if (!response.ended()) {
                inProgress.decrementAndGet();
                abandoned.add(request.path());
            }
        });
        switch (request.path().substring(request.path().lastIndexOf('/'))) {
            case "/ok" -> response.end("{\"ok\":true}");
            case "/delayed" -> vertx.setTimer(Long.parseLong(request.getParam("ms")), t -> endIfOpen(response));
            case "/hang" -> {
            }
            case "/held" -> released.future().onComplete(v -> endIfOpen(response));
            case "/cut" -> cut(request, response);
            case "/stream" -> stream(request, response);
            case "/upload" -> upload(request, response);
            default -> response.setStatusCode(404).end();
        }
    }

    /** Lets every {@code /held} call be answered. */
    void release() {
        vertx.runOnContext(v -> released.tryComplete());
    }

    /** The next path that arrives within the bound, or null. */
    String nextArrival(long seconds) throws InterruptedException {
        return arrived.poll(seconds, TimeUnit.SECONDS);
    }

    private static void endIfOpen(HttpServerResponse response) {
        if (!response.closed() && !response.ended()) {
            response.end("{\"ok\":true}");
        }
    }

    private void cut(HttpServerRequest request, HttpServerResponse response) {
        if (request.params().contains("chunked")) {
            response.setChunked(true);
        } else {
            response.putHeader("Content-Length", "1000");
        }
        response.write(Buffer.buffer(new byte[100]))
                .onComplete(v -> vertx.setTimer(50, t -> request.connection().close()));
    }

    private static void stream(HttpServerRequest request, HttpServerResponse response) {
        if (request.params().contains("chunked")) {
            response.setChunked(true);
        } else {
            response.putHeader("Content-Length", String.valueOf(1L << 40));
        }
        Buffer chunk = Buffer.buffer(new byte[16 * 1024]);
        Runnable[] fill = new Runnable[1];
        fill[0] = () -> {
            while (!response.closed() && !response.writeQueueFull()) {
                response.write(chunk);
            }
            if (!response.closed()) {
                response.drainHandler(v -> fill[0].run());
            }
        };
        fill[0].run();
    }

    private void upload(HttpServerRequest request, HttpServerResponse response) {
        long[] received = new long[1];
        boolean[] ended = new boolean[1];
        request.handler(chunk -> received[0] += chunk.length());
        request.endHandler(v -> {
            ended[0] = true;
            uploads.add("complete");
            response.end("{\"received\":" + received[0] + "}");
        });
        request.connection().closeHandler(v -> {
            if (!ended[0]) {
                uploads.add("cut");
            }
        });
    }
}
