package io.ketacare.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs other KetaCare services — their real packaged applications, on their own real PostgreSQL —
 * for the {@code @QuarkusTest}s of a service that calls them, so that a test of check-in talks to
 * the real consent-service, which asks the real patient-service.
 *
 * <pre>
 * &#64;WithTestResource(value = RealServices.class,
 *         initArgs = &#64;ResourceArg(name = RealServices.SERVICES, value = "patient-service,consent-service"))
 * class CheckInTest {
 *     String nurse = RealServices.token("nurse1");   // accepted by this service and by every started one
 *     given().auth().oauth2(RealServices.token("clinician1")).baseUri(RealServices.url("patient-service"))...
 *     RealServices.stop("consent-service");          // and RealServices.start(...) to bring it back
 * }
 * </pre>
 *
 * <ul>
 *   <li>The test application's REST client for each service ({@code quarkus.rest-client.<service>.url})
 *   points at it; the services point at each other the same way.</li>
 *   <li>The services trust the test application's OIDC server, so they start on first use
 *   ({@link #token}, {@link #startAll}, {@link #start}), once that server is up. A user's roles come from
 *   {@code %test.quarkus.oidc.devservices.roles.<user>}.</li>
 *   <li>The jars are {@code ../<service>/target/quarkus-app/quarkus-run.jar}: the module declares a
 *   test-scoped {@code <type>pom</type>} dependency on each service so that the reactor packages them
 *   first. Each service's log is {@code target/real-services/<service>.log}.</li>
 * </ul>
 */
public class RealServices implements QuarkusTestResourceLifecycleManager {

    /** Init arg: the services to run, comma-separated, callees first. */
    public static final String SERVICES = "services";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    private static final Map<String, Process> RUNNING = new LinkedHashMap<>();
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static boolean started;
    private static PostgresServer postgres;
    private static Path workDirectory;

    private List<String> services = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        services = List.of(initArgs.getOrDefault(SERVICES, "").split("\\s*,\\s*"));
    }

    @Override
    public synchronized Map<String, String> start() {
        workDirectory = Path.of("target", "real-services").toAbsolutePath();
        Map<String, String> config = new LinkedHashMap<>();
        try {
            Files.createDirectories(workDirectory);
            postgres = PostgresServer.start(workDirectory.resolve("postgres"), freePort(), false);
            for (String service : services) {
                jar(service);
                postgres.ensureDatabase(database(service));
                PORTS.put(service, freePort());
                config.put("quarkus.rest-client." + service + ".url", url(service));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the real services " + services, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the databases of " + services, e);
        }
        return config;
    }

    @Override
    public synchronized void stop() {
        List.copyOf(RUNNING.keySet()).reversed().forEach(RealServices::stop);
        PORTS.clear();
        TOKENS.clear();
        started = false;
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    /** Base URL of a service (it runs once {@link #token} or {@link #startAll} was called). */
    public static synchronized String url(String service) {
        Integer port = PORTS.get(service);
        if (port == null) {
            throw new IllegalArgumentException(service + " is not one of the real services of this test: " + PORTS.keySet());
        }
        return "http://127.0.0.1:" + port;
    }

    /** A bearer token of the test application's OIDC server for the user; starts the services on first use. */
    public static synchronized String token(String user) {
        if (!started) {
            startAll();
        }
        return TOKENS.computeIfAbsent(user, RealServices::fetchToken);
    }

    /** Starts every service that is not running (in the declared order) and waits until each is ready. */
    public static synchronized void startAll() {
        PORTS.keySet().forEach(RealServices::start);
        started = true;
    }

    /** Starts one service (again) on its port and waits until it is ready. */
    public static synchronized void start(String service) {
        Process running = RUNNING.get(service);
        if (running != null && running.isAlive()) {
            return;
        }
        Path log = workDirectory.resolve(service + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + PORTS.get(service),
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(database(service)),
                "-Dquarkus.datasource.username=" + PostgresServer.USER,
                "-Dquarkus.datasource.password=" + PostgresServer.PASSWORD,
                "-Dquarkus.oidc.auth-server-url=" + testConfig("quarkus.oidc.auth-server-url"),
                "-Dquarkus.log.console.json.enabled=false",
                "-Dketacare.demo-data=false"));
        PORTS.keySet().stream().filter(other -> !other.equals(service))
                .forEach(other -> command.add("-Dquarkus.rest-client." + other + ".url=" + url(other)));
        command.addAll(List.of("-jar", jar(service).toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            RUNNING.put(service, process);
            awaitReady(service, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service, e);
        }
    }

    /** Stops one service, as an outage would; {@link #start} brings it back on the same port. */
    public static synchronized void stop(String service) {
        Process process = RUNNING.remove(service);
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** How long a started service may take to be ready: a loaded shared machine needs minutes. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private static void awaitReady(String service, Process process, Path log) {
        URI ready = URI.create(url(service) + "/q/health/ready");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " stopped while starting:\n" + tail(log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException(service + " not ready after " + READY_TIMEOUT.toSeconds() + " s:\n" + tail(log));
    }

    private static String fetchToken(String user) {
        String endpoint = testConfig("quarkus.oidc.auth-server-url").replaceAll("/+$", "") + "/token";
        String form = form(Map.of("grant_type", "password", "username", user, "password", user,
                "client_id", testConfig("quarkus.oidc.client-id"),
                "client_secret", ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.credentials.secret", String.class).orElse("")));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("No token for " + user + " from " + endpoint + ": " + response.statusCode() + " " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("No token for " + user + " from " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static String testConfig(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElseThrow(() -> new IllegalStateException(
                key + " is not set: the real services start on first use inside a running @QuarkusTest"));
    }

    private static Path jar(String service) {
        Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package it first (mvn -pl " + service + " -am package -DskipTests)");
        }
        return jar;
    }

    private static String database(String service) {
        return service.replace("-service", "").replaceAll("[^a-z0-9]", "_") + "_real";
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
