package io.ketacare.gateway.client;

/**
 * What the gateway relays to a service on the caller's behalf: the bearer token (the service
 * decides every access rule with it), the request id and the trace context.
 */
public record CallerContext(String authorization, String requestId, String traceparent) {
}
