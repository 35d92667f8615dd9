package io.ketacare.gateway.proxy;

import io.ketacare.gateway.routing.Service;
import java.net.URI;

/** The network address of a service, from its configured base URL. */
public record Upstream(Service service, String host, int port, boolean ssl, String basePath) {

    public static Upstream of(Service service, URI url) {
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : ssl ? 443 : 80;
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return new Upstream(service, url.getHost(), port, ssl, basePath);
    }

    /** The request target at the service for a gateway path and query (query may be null). */
    public String target(String path, String query) {
        String target = basePath + path;
        return query == null ? target : target + "?" + query;
    }
}
