package io.ketacare.platform.web;

import org.jboss.logging.MDC;

/** The request id of the current request: taken from {@code X-Request-Id} or generated, kept in the log MDC. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
