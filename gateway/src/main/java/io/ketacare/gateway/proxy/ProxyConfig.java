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

    /** Longest silence from a service while the gateway waits for its response or its body. */
    @WithDefault("30s")
    Duration idleTimeout();

    /** Most keep-alive connections kept to each service. */
    @WithDefault("100")
    int poolSize();
}
