package io.ketacare.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-window request budget per caller: {@code limit} requests per window. Counts of a past
 * window are dropped when the next one starts, so memory stays bounded by the callers of one window.
 */
public final class RateLimiter {

    /** What one request got: allowed or not, and the values of the RateLimit-* headers. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private final int limit;
    private final long windowMillis;
    private long windowStart;
    private ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public RateLimiter(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    public Decision acquire(String caller, long nowMillis) {
        ConcurrentHashMap<String, AtomicInteger> window = windowAt(nowMillis);
        int used = window.computeIfAbsent(caller, k -> new AtomicInteger()).incrementAndGet();
        long reset = Math.max(1, (windowStart + windowMillis - nowMillis + 999) / 1000);
        return new Decision(used <= limit, limit, Math.max(0, limit - used), reset);
    }

    private synchronized ConcurrentHashMap<String, AtomicInteger> windowAt(long nowMillis) {
        if (nowMillis >= windowStart + windowMillis) {
            windowStart = nowMillis - (nowMillis % windowMillis);
            counts = new ConcurrentHashMap<>();
        }
        return counts;
    }
}
