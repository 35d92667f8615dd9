package io.ketacare.gateway.proxy;

import io.ketacare.gateway.correlation.RequestIds;
import io.ketacare.gateway.correlation.TraceParent;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;
import java.util.Set;

/**
 * Which headers cross the gateway. Every end-to-end header is relayed as is, {@code Authorization}
 * included (each service validates the token itself); the gateway sets the request id, starts a
 * trace when the caller has none and adds {@code X-Forwarded-*}. The original {@code Host} is kept,
 * so that links the services build point at the gateway.
 */
final class ProxyHeaders {

    /** Request headers the gateway sets itself rather than copies. */
    private static final Set<String> SET_BY_GATEWAY = HopByHop.caseInsensitive(
            "Host", "Expect", RequestIds.HEADER);

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private ProxyHeaders() {
    }

    static void toService(HttpServerRequest in, HttpClientRequest out, String requestId) {
        MultiMap from = in.headers();
        MultiMap to = out.headers();
        Set<String> hopByHop = HopByHop.of(from);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (!hopByHop.contains(name) && !SET_BY_GATEWAY.contains(name)) {
                to.add(name, header.getValue());
            }
        }
        to.set(RequestIds.HEADER, requestId);
        if (!from.contains(TraceParent.HEADER)) {
            to.set(TraceParent.HEADER, TraceParent.generate());
        }
        forwarded(in, to);
        if (in.authority() != null) {
            out.authority(in.authority());
        }
    }

    private static void forwarded(HttpServerRequest in, MultiMap to) {
        String client = in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress();
        String earlier = String.join(", ", in.headers().getAll(FORWARDED_FOR));
        to.set(FORWARDED_FOR, earlier.isEmpty() ? client : earlier + ", " + client);
        to.set("X-Forwarded-Proto", in.scheme());
        String host = in.getHeader(HttpHeaders.HOST);
        if (host != null) {
            to.set("X-Forwarded-Host", host);
        }
    }

    /**
     * Copies status and headers of a service's response. CORS headers and the request id are the
     * gateway's own and are not taken from the service.
     */
    static void toCaller(HttpClientResponse upstream, HttpServerResponse response, HttpMethod method) {
        response.setStatusCode(upstream.statusCode()).setStatusMessage(upstream.statusMessage());
        MultiMap from = upstream.headers();
        MultiMap to = response.headers();
        Set<String> hopByHop = HopByHop.of(from);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (!hopByHop.contains(name) && !ownedByGateway(name)) {
                to.add(name, header.getValue());
            }
        }
        if (!from.contains(HttpHeaders.CONTENT_LENGTH) && mayHaveBody(upstream.statusCode(), method)) {
            response.setChunked(true);
        }
    }

    private static boolean ownedByGateway(String name) {
        return name.equalsIgnoreCase(RequestIds.HEADER) || name.regionMatches(true, 0, "Access-Control-", 0, 15);
    }

    /** Whether the caller's request carries a body (RFC 9112 section 6.3). */
    static boolean hasBody(HttpServerRequest in) {
        if (in.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return true;
        }
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.equals("0");
    }

    static boolean expectsContinue(HttpServerRequest in) {
        return in.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true);
    }

    private static boolean mayHaveBody(int status, HttpMethod method) {
        return method != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
    }
}
