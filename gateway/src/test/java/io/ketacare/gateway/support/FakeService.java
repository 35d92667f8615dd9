package io.ketacare.gateway.support;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in for a KetaCare service. It names itself in {@code X-Upstream}; a POST or PUT
 * streams its body back; any other call answers with what arrived (method, uri, headers) and
 * the status asked for in {@code ?status=}; a path ending in {@code /hang} is never answered.
 * It also sends headers the gateway must not relay: hop-by-hop and CORS ones.
 */
final class FakeService implements Handler<HttpServerRequest> {

    private final String name;

    FakeService(String name) {
        this.name = name;
    }

    @Override
    public void handle(HttpServerRequest request) {
        if (request.path().endsWith("/hang")) {
            return;
        }
        HttpServerResponse response = request.response()
                .putHeader("X-Upstream", name)
                .putHeader("Proxy-Authenticate", "Basic realm=\"fake\"")
                .putHeader("Access-Control-Allow-Origin", "*");
        if (request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT) {
            echoBody(request, response);
        } else {
            describe(request, response);
        }
    }

    private static void echoBody(HttpServerRequest request, HttpServerResponse response) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        response.putHeader(HttpHeaders.CONTENT_TYPE, contentType == null ? "application/octet-stream" : contentType)
                .setChunked(true);
        request.pipeTo(response);
    }

    private void describe(HttpServerRequest request, HttpServerResponse response) {
        JsonObject headers = new JsonObject();
        for (Map.Entry<String, String> header : request.headers()) {
            String key = header.getKey().toLowerCase(Locale.ROOT);
            String earlier = headers.getString(key);
            headers.put(key, earlier == null ? header.getValue() : earlier + ", " + header.getValue());
        }
        JsonObject body = new JsonObject()
                .put("service", name)
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", headers);
        String status = request.getParam("status");
        response.setStatusCode(status == null ? 200 : Integer.parseInt(status))
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.ETAG, "\"7\"")
                .end(body.toBuffer());
    }
}
