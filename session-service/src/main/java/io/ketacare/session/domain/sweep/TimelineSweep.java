package io.ketacare.session.domain.sweep;

import io.ketacare.session.domain.monitoring.MissedVitals;
import io.ketacare.session.domain.rems.UnclosedSessions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Watches the time points of open sessions on a schedule: missed vitals, and dosed sessions not closed in time. Each
 * raises its alert once. Tests call {@link MissedVitals#sweep()} and {@link UnclosedSessions#raiseAlerts()} directly.
 */
@ApplicationScoped
public class TimelineSweep {

    private static final Logger LOG = Logger.getLogger(TimelineSweep.class);

    @Inject
    MissedVitals missedVitals;

    @Inject
    UnclosedSessions unclosedSessions;

    @ConfigProperty(name = "ketacare.timeline-sweep.enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(every = "${ketacare.timeline-sweep.interval:60s}", delayed = "${ketacare.timeline-sweep.delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (!enabled) {
            return;
        }
        missedVitals.sweep();
        try {
            int raised = unclosedSessions.raiseAlerts();
            if (raised > 0) {
                LOG.infof("%d dosed session(s) not closed in time: SESSION_NOT_CLOSED raised", raised);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Cannot check which dosed sessions are not closed in time (will retry): %s", e.toString());
        }
    }
}
