package io.ketacare.bench;

import java.time.Duration;

/**
 * What a run measures and against which stack, from the environment that bench/run sets. Every
 * rate and duration of the table is here, with the shorter durations of a quick run.
 */
public record Settings(
        String gateway,
        String patientDirect,
        String keycloak,
        boolean quick,
        String outFile,
        int patientReadRate,
        Duration patientReadRound,
        int patientReadRounds,
        int pathwayRate,
        Duration pathwayDuration,
        int vitalsRate,
        Duration vitalsDuration,
        int burstReadingsPerSecond,
        int burstBatchSize,
        Duration burstDuration,
        int burstAttempts) {

    public static Settings fromEnv() {
        boolean quick = Boolean.parseBoolean(env("BENCH_QUICK", "false"));
        return new Settings(
                env("BENCH_GATEWAY", "http://127.0.0.1:8080"),
                env("BENCH_PATIENT_DIRECT", "http://127.0.0.1:8081"),
                env("BENCH_KEYCLOAK", "http://127.0.0.1:8180"),
                quick,
                env("BENCH_OUT", "results/gatling.properties"),
                500,
                seconds("BENCH_READ_ROUND_SECONDS", quick ? 10 : 30),
                Integer.parseInt(env("BENCH_READ_ROUNDS", quick ? "1" : "3")),
                50,
                seconds("BENCH_PATHWAY_SECONDS", quick ? 10 : 60),
                200,
                seconds("BENCH_VITALS_SECONDS", quick ? 120 : 600),
                1000,
                Integer.parseInt(env("BENCH_BURST_BATCH", "10")),
                seconds("BENCH_BURST_SECONDS", quick ? 10 : 60),
                8);
    }

    private static Duration seconds(String name, int quickOrFull) {
        return Duration.ofSeconds(Long.parseLong(env(name, Integer.toString(quickOrFull))));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
