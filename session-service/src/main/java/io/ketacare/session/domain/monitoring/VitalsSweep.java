package io.ketacare.session.domain.monitoring;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the missed-vitals sweep on a schedule (tests call {@link MissedVitals#sweep()} directly). */
@ApplicationScoped
public class VitalsSweep {

    @Inject
    MissedVitals missedVitals;

    @ConfigProperty(name = "ketacare.vitals-sweep.enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(every = "${ketacare.vitals-sweep.interval:60s}", delayed = "${ketacare.vitals-sweep.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (enabled) {
            missedVitals.sweep();
        }
    }
}
