package io.ketacare.gateway.pathway;

import io.vertx.core.Future;

/** What one service call gave: its value, or why there is none. */
public record Fetched<T>(T value, String failure) {

    public static <T> Fetched<T> of(T value) {
        return new Fetched<>(value, null);
    }

    public static <T> Fetched<T> failed(String reason) {
        return new Fetched<>(null, reason);
    }

    /** The outcome of a completed future. */
    public static <T> Fetched<T> of(Future<T> done) {
        return done.succeeded() ? of(done.result()) : failed(done.cause().getMessage());
    }

    public boolean ok() {
        return failure == null;
    }
}
