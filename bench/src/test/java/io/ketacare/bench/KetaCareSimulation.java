package io.ketacare.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.LongSummaryStatistics;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The latency scenarios, open model (a fixed arrival rate, whatever the answers' speed), one after
 * the other in one run:
 * <ol>
 * <li>{@code GET /api/v1/patients/{id}} at 500 req/s, direct to patient-service and through the
 * gateway in alternating rounds (request names "patient direct" and "patient gateway");</li>
 * <li>{@code GET …/pathway} at 50 req/s ("pathway");</li>
 * <li>a vitals burst of 1,000 readings/s in batches, each batch retried on error with the same
 * reading ids ("vitals burst"); the readings sent are counted for the stored-vs-sent check;</li>
 * <li>sustained vitals ingestion at 200 readings/s, one reading per request ("vitals").</li>
 * </ol>
 * A scenario whose endpoint the stack lacks is left out; {@link Fixture} records why.
 */
public class KetaCareSimulation extends Simulation {

    private final Settings settings = Settings.fromEnv();
    private final Fixture fixture = Fixture.prepare(settings);
    private final AtomicLong burstReadings = new AtomicLong();
    private final AtomicLong burstBatches = new AtomicLong();
    private final AtomicLong vitalsReadings = new AtomicLong();
    /** When each measured phase sent its first and its last request (epoch ms), for the CPU figures of bench/run. */
    private final Map<String, LongSummaryStatistics> sendTimes = new ConcurrentHashMap<>();

    private final HttpProtocolBuilder protocol = http
            .shareConnections()
            .disableCaching()
            .acceptHeader("application/json")
            .contentTypeHeader("application/json");

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        patientReads(phases);
        if (fixture.available("pathway")) {
            phases.add(pathway());
        }
        if (fixture.available("vitals")) {
            phases.add(burst());
            phases.add(vitals());
        }
        PopulationBuilder chain = phases.getLast();
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    /** A warm-up of both paths (and of this JVM) at a lower rate, then the measured rounds. */
    private void patientReads(List<PopulationBuilder> phases) {
        String path = "/api/v1/patients/" + Fixture.DEMO_PATIENT;
        Duration warmUp = Duration.ofSeconds(settings.quick() ? 5 : 15);
        phases.add(scenario("warm-up")
                .exec(http("warm-up direct").get(settings.patientDirect() + path).header("Authorization", s -> Tokens.bearer("clinician1")))
                .exec(http("warm-up gateway").get(settings.gateway() + path).header("Authorization", s -> Tokens.bearer("clinician1")))
                .injectOpen(constantUsersPerSec(100).during(warmUp)));
        for (int round = 1; round <= settings.patientReadRounds(); round++) {
            phases.add(patientRead("patient direct", round, settings.patientDirect() + path));
            phases.add(patientRead("patient gateway", round, settings.gateway() + path));
        }
    }

    private PopulationBuilder patientRead(String name, int round, String url) {
        return scenario(name + " round " + round)
                .exec(http(name).get(url).header("Authorization", s -> Tokens.bearer("clinician1")).check(status().is(200)))
                .injectOpen(constantUsersPerSec(settings.patientReadRate()).during(settings.patientReadRound()));
    }

    private PopulationBuilder pathway() {
        String url = settings.gateway() + "/api/v1/patients/" + fixture.out.getProperty("pathway.patient") + "/pathway";
        return scenario("pathway")
                .exec(sent("pathway"))
                .exec(http("pathway").get(url).header("Authorization", s -> Tokens.bearer("clinician1")).check(status().is(200)))
                .injectOpen(constantUsersPerSec(settings.pathwayRate()).during(settings.pathwayDuration()));
    }

    /** Batches without Idempotency-Key: a retried batch must be deduplicated by its reading ids alone. */
    private PopulationBuilder burst() {
        int batch = settings.burstBatchSize();
        String url = settings.gateway() + "/api/v1/sessions/" + fixture.burstSession + "/vitals";
        Iterator<Map<String, Object>> batches = Stream.generate(() -> {
            burstReadings.addAndGet(batch);
            String prefix = "burst-" + burstBatches.incrementAndGet();
            return Map.<String, Object>of("body", Vitals.batch(prefix, batch, Instant.now()));
        }).iterator();
        return scenario("vitals burst")
                .feed(batches)
                .exec(tryMax(settings.burstAttempts(), "attempt").on(
                        doIf(s -> s.getInt("attempt") > 0).then(pause(Duration.ofMillis(200))),
                        http("vitals burst").post(url)
                                .header("Authorization", s -> Tokens.bearer("nurse1"))
                                .body(StringBody(s -> s.getString("body")))
                                .check(status().in(200, 201))))
                .injectOpen(constantUsersPerSec((double) settings.burstReadingsPerSecond() / batch).during(settings.burstDuration()));
    }

    private PopulationBuilder vitals() {
        String url = settings.gateway() + "/api/v1/sessions/" + fixture.vitalsSession + "/vitals";
        Iterator<Map<String, Object>> readings = Stream.generate(() -> {
            String id = "v-" + vitalsReadings.incrementAndGet();
            return Map.<String, Object>of("body", Vitals.batch(id, 1, Instant.now()), "key", UUID.randomUUID().toString());
        }).iterator();
        return scenario("vitals")
                .feed(readings)
                .exec(sent("vitals"))
                .exec(http("vitals").post(url)
                        .header("Authorization", s -> Tokens.bearer("nurse1"))
                        .header("Idempotency-Key", s -> s.getString("key"))
                        .body(StringBody(s -> s.getString("body")))
                        .check(status().in(200, 201)))
                .injectOpen(constantUsersPerSec(settings.vitalsRate()).during(settings.vitalsDuration()));
    }

    /** Notes the time a request of {@code phase} is sent. */
    private Function<Session, Session> sent(String phase) {
        return session -> {
            LongSummaryStatistics times = sendTimes.computeIfAbsent(phase, p -> new LongSummaryStatistics());
            synchronized (times) {
                times.accept(System.currentTimeMillis());
            }
            return session;
        };
    }

    @Override
    public void after() {
        Path file = Path.of(settings.outFile());
        Properties counts = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            counts.load(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        counts.setProperty("burst.sent", Long.toString(burstReadings.get()));
        counts.setProperty("burst.batches", Long.toString(burstBatches.get()));
        counts.setProperty("vitals.sent", Long.toString(vitalsReadings.get()));
        sendTimes.forEach((phase, times) -> {
            counts.setProperty(phase + ".first", Long.toString(times.getMin()));
            counts.setProperty(phase + ".last", Long.toString(times.getMax()));
        });
        try (Writer w = Files.newBufferedWriter(file)) {
            counts.store(w, "bench fixture and counts");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
