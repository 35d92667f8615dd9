package io.ketacare.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway talks to the services; every value has an environment override. */
@ConfigMapping(prefix = "ketacare.proxy")
public interface ProxyConfig {

    /** Longest wait for a connection to a service (also for a free pooled one). */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * Longest silence from a service: while the gateway waits for the answer to a write, and on a
     * connection while a body is relayed either way.
     */
    @WithDefault("30s")
    Duration idleTimeout();

    /**
     * Longest wait for the head of the answer to a read (GET, HEAD, OPTIONS); a read is safe to
     * retry, so a slow service is given up on sooner than for a write.
     */
    @WithDefault("10s")
    Duration readTimeout();

    /** Most keep-alive connections kept to each service. */
    @WithDefault("100")
    int poolSize();

    /**
     * Most calls waiting for a connection to one service (connections being opened count too);
     * further calls are refused at once with 503 rather than piling up. The default holds a burst of
     * 500 calls a second for the whole connect timeout.
     */
    @WithDefault("1000")
    int poolWaitQueue();
}
