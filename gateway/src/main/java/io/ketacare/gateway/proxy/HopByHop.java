package io.ketacare.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hop-by-hop headers (RFC 9110 section 7.6.1) describe one connection, not the message: a
 * proxy never forwards them, nor any header the {@code Connection} header names.
 */
final class HopByHop {

    private static final Set<String> NAMES = Collections.unmodifiableSet(caseInsensitive(
            "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection",
            "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Trailers"));

    private HopByHop() {
    }

    /** The hop-by-hop names of a message: the fixed ones plus those its Connection header lists. */
    static Set<String> of(MultiMap headers) {
        Set<String> names = NAMES;
        for (String value : headers.getAll("Connection")) {
            for (String token : value.split(",")) {
                String name = token.trim();
                if (!name.isEmpty() && !names.contains(name)) {
                    names = names == NAMES ? caseInsensitive(NAMES) : names;
                    names.add(name);
                }
            }
        }
        return names;
    }

    static Set<String> caseInsensitive(String... names) {
        return caseInsensitive(List.of(names));
    }

    private static Set<String> caseInsensitive(Collection<String> names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(names);
        return set;
    }
}
