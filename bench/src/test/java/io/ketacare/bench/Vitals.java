package io.ketacare.bench;

import java.time.Instant;

/** Vitals request bodies: a batch of readings with the sender's reading ids, values inside every limit. */
final class Vitals {

    private Vitals() {
    }

    /** {@code count} readings with ids {@code prefix-0 … prefix-(count-1)}. */
    static String batch(String prefix, int count, Instant measuredAt) {
        StringBuilder json = new StringBuilder(64 + count * 150).append("{\"readings\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"clientReadingId\":\"").append(prefix).append('-').append(i)
                    .append("\",\"measuredAt\":\"").append(measuredAt)
                    .append("\",\"systolic\":").append(118 + i % 7)
                    .append(",\"diastolic\":").append(76 + i % 5)
                    .append(",\"heartRate\":").append(72 + i % 9)
                    .append(",\"spo2\":98,\"respiratoryRate\":14,\"source\":\"DEVICE\"}");
        }
        return json.append("]}").toString();
    }
}
