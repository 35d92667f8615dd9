package io.ketacare.gateway.correlation;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * W3C Trace Context: a caller's {@code traceparent} and {@code tracestate} are forwarded
 * unchanged; when the caller sent none, the gateway starts a trace with a new, sampled one.
 */
public final class TraceParent {

    public static final String HEADER = "traceparent";

    private static final HexFormat HEX = HexFormat.of();

    private TraceParent() {
    }

    /** {@code 00-<32 hex trace id>-<16 hex parent id>-01}; neither id is all zeros. */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String traceId = HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(nonZero(random));
        String parentId = HEX.toHexDigits(nonZero(random));
        return "00-" + traceId + "-" + parentId + "-01";
    }

    private static long nonZero(ThreadLocalRandom random) {
        long value = random.nextLong();
        return value == 0 ? 1 : value;
    }
}
