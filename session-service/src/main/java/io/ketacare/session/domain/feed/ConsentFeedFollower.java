package io.ketacare.session.domain.feed;

import io.ketacare.session.client.ConsentFeedApi;
import io.ketacare.session.client.FeedPage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Polls consent-service's change feed with this service's own token and applies it. */
@ApplicationScoped
public class ConsentFeedFollower {

    private static final Logger LOG = Logger.getLogger(ConsentFeedFollower.class);
    static final int PAGE = 200;

    @Inject
    @RestClient
    ConsentFeedApi feed;

    @Inject
    AuthorizationLapses lapses;

    @ConfigProperty(name = "ketacare.consent-feed.enabled", defaultValue = "true")
    boolean enabled;

    private volatile boolean failing;

    @Scheduled(every = "${ketacare.consent-feed.interval:5s}", delayed = "${ketacare.consent-feed.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!enabled) {
            return;
        }
        try {
            FeedPage page;
            do {
                page = feed.after(lapses.position(), PAGE);
                int flagged = lapses.apply(page.items());
                if (flagged > 0) {
                    LOG.infof("%d future session(s) flagged AUTHORIZATION_LOST from consent-service's change feed", flagged);
                }
            } while (page.items().size() == PAGE);
            if (failing) {
                LOG.info("consent-service's change feed is readable again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Cannot follow consent-service's change feed (will retry): %s", e.toString());
                failing = true;
            }
        }
    }
}
