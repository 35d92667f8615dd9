package io.ketacare.gateway.proxy;

import io.ketacare.gateway.routing.Service;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Counts the calls refused because a service's connections and wait queue were all taken, and logs
 * them at most once per interval and service: under overload there may be thousands a second, and a
 * line for each would only add to the load.
 */
final class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class);

    private final long intervalMillis;
    private final Map<Service, AtomicInteger> counts = new EnumMap<>(Service.class);
    private final Map<Service, AtomicLong> lastLogged = new EnumMap<>(Service.class);

    Refusals(long intervalMillis) {
        this.intervalMillis = intervalMillis;
        for (Service service : Service.values()) {
            counts.put(service, new AtomicInteger());
            lastLogged.put(service, new AtomicLong());
        }
    }

    void refused(Service service) {
        int refused = counts.get(service).incrementAndGet();
        long now = System.currentTimeMillis();
        AtomicLong last = lastLogged.get(service);
        long previous = last.get();
        if (now - previous >= intervalMillis && last.compareAndSet(previous, now)) {
            refused = counts.get(service).getAndSet(0);
            LOG.warnf("%s too busy: %d call(s) refused with 503 since the last report, its connections and wait queue being full",
                    service.serviceName(), refused);
        }
    }
}
