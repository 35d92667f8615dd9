package io.ketacare.gateway.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway reads from the services for the views it composes (pathway, FHIR). */
@ConfigMapping(prefix = "ketacare.compose")
public interface ComposeConfig {

    /** Longest wait for one service call, connection included; past it that part is unavailable. */
    @WithDefault("3s")
    Duration timeout();

    /** Page size asked of the services when the gateway reads every record of a patient. */
    @WithDefault("200")
    int pageSize();

    /** Most records of one kind read for one patient. */
    @WithDefault("2000")
    int maxRecords();
}
