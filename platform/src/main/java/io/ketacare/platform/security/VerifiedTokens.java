package io.ketacare.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens this service has already verified, with the identity they gave. A client sends the same
 * token with every request until it expires, and the gateway's pathway relays one token to seven calls;
 * checking its signature and parsing its claims each time was about a quarter of a service's CPU per request.
 * <p>
 * Only the exact token is recognised (by its SHA-256), so a token changed in any byte, its signature
 * included, is verified afresh. An entry is kept until the token's own expiry and never longer than
 * {@code ketacare.security.verified-tokens.max-age}; an expired token is refused as before. What a cached
 * entry does not see is a signing key withdrawn from the realm during that time, which the service's key
 * cache does not see either until it refreshes its keys. {@code max-age} 0 turns the cache off.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @ConfigProperty(name = "ketacare.security.verified-tokens.max-age", defaultValue = "PT5M")
    Duration maxAge;

    @ConfigProperty(name = "ketacare.security.verified-tokens.capacity", defaultValue = "10000")
    int capacity;

    @Inject
    Clock clock;

    private record Entry(SecurityIdentity identity, Instant until) {
    }

    /** The identity a still valid, already verified token gave; empty for any other token. */
    public Optional<SecurityIdentity> find(String token) {
        String key = key(token);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /** Remembers the identity a token gave once verified; a token without an expiry is not remembered. */
    public void remember(String token, SecurityIdentity identity) {
        if (maxAge.isZero() || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant expiry = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant until = expiry.isBefore(now.plus(maxAge)) ? expiry : now.plus(maxAge);
        if (!now.isBefore(until)) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.putIfAbsent(key(token), new Entry(identity, until));
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
