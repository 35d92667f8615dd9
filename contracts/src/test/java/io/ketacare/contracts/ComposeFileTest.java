package io.ketacare.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started here (no container engine), so it is checked against the
 * configuration the ./ketacare script runs with: the same services, ports, variables and
 * health-gated start order.
 */
class ComposeFileTest {

    static final Path ROOT = Path.of(System.getProperty("ketacare.root", ".."));
    static final List<String> SERVICES = List.of("patient-service", "consent-service", "session-service", "gateway");

    static Map<String, Map<String, Object>> services;
    static Map<String, String> stack;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
        stack = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("deploy/stack.env"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] kv = line.split("=", 2);
                stack.put(kv[0].trim(), kv[1].replace("\"", "").trim());
            }
        }
    }

    @Test
    void runsPostgresKeycloakAndTheFourServices() {
        assertThat(services.keySet()).containsExactlyInAnyOrder("postgres", "keycloak",
                "patient-service", "consent-service", "session-service", "gateway");
    }

    @Test
    void publishesTheSamePortsAsTheScript() {
        assertThat(ports("gateway")).containsExactly(stack.get("KETACARE_GATEWAY_PORT") + ":" + stack.get("KETACARE_GATEWAY_PORT"));
        assertThat(ports("patient-service")).containsExactly(stack.get("KETACARE_PATIENT_PORT") + ":" + stack.get("KETACARE_PATIENT_PORT"));
        assertThat(ports("consent-service")).containsExactly(stack.get("KETACARE_CONSENT_PORT") + ":" + stack.get("KETACARE_CONSENT_PORT"));
        assertThat(ports("session-service")).containsExactly(stack.get("KETACARE_SESSION_PORT") + ":" + stack.get("KETACARE_SESSION_PORT"));
        assertThat(ports("keycloak")).containsExactly(stack.get("KETACARE_KEYCLOAK_PORT") + ":" + stack.get("KETACARE_KEYCLOAK_PORT"));
        assertThat(ports("postgres")).containsExactly("5432:5432");
    }

    @Test
    void eachServiceListensWhereItsPortVariableSays() {
        assertThat(env("patient-service")).containsEntry("KETACARE_PATIENT_PORT", stack.get("KETACARE_PATIENT_PORT"));
        assertThat(env("consent-service")).containsEntry("KETACARE_CONSENT_PORT", stack.get("KETACARE_CONSENT_PORT"));
        assertThat(env("session-service")).containsEntry("KETACARE_SESSION_PORT", stack.get("KETACARE_SESSION_PORT"));
        assertThat(env("gateway")).containsEntry("KETACARE_GATEWAY_PORT", stack.get("KETACARE_GATEWAY_PORT"))
                .containsEntry("KETACARE_PATIENT_URL", "http://patient-service:" + stack.get("KETACARE_PATIENT_PORT"))
                .containsEntry("KETACARE_CONSENT_URL", "http://consent-service:" + stack.get("KETACARE_CONSENT_PORT"))
                .containsEntry("KETACARE_SESSION_URL", "http://session-service:" + stack.get("KETACARE_SESSION_PORT"));
    }

    @Test
    void servicesUseTheSharedDatabaseAndRealm() {
        for (String service : SERVICES.subList(0, 3)) {
            assertThat(env(service)).containsEntry("KETACARE_DB_URL", "jdbc:postgresql://postgres:5432")
                    .containsEntry("KETACARE_OIDC_URL", "http://keycloak:" + stack.get("KETACARE_KEYCLOAK_PORT") + "/realms/ketacare");
        }
        assertThat(services.get("keycloak").get("image").toString()).endsWith(":" + stack.get("KETACARE_KEYCLOAK_VERSION"));
        assertThat(services.get("keycloak").get("command").toString()).contains("--import-realm");
    }

    @Test
    void everyContainerHasAHealthcheckAndStartsAfterWhatItNeedsIsHealthy() {
        services.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
        for (String service : SERVICES.subList(0, 3)) {
            assertThat(dependsOn(service)).containsOnlyKeys("postgres", "keycloak");
        }
        assertThat(dependsOn("gateway")).containsOnlyKeys("patient-service", "consent-service", "session-service");
        for (String service : SERVICES) {
            dependsOn(service).values().forEach(condition ->
                    assertThat(condition).as(service).containsEntry("condition", "service_healthy"));
        }
        for (String service : SERVICES) {
            String port = ports(service).get(0).split(":")[1];
            assertThat(services.get(service).get("healthcheck").toString()).as(service)
                    .contains("http://127.0.0.1:" + port + "/q/health/ready");
        }
    }

    @Test
    void theImageRunsTheServicesWithTheJvmOptionsOfTheScript() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("deploy/Dockerfile.jvm"));
        assertThat(stack.get("KETACARE_SERVICE_JAVA_OPTS")).isNotBlank();
        assertThat(dockerfile).contains("ENV KETACARE_SERVICE_JAVA_OPTS=\"" + stack.get("KETACARE_SERVICE_JAVA_OPTS") + "\""
                        + " MALLOC_ARENA_MAX=" + stack.get("MALLOC_ARENA_MAX") + "\n")
                .contains("exec java $KETACARE_SERVICE_JAVA_OPTS ");
    }

    @SuppressWarnings("unchecked")
    static List<String> ports(String service) {
        return (List<String>) services.get(service).get("ports");
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> env(String service) {
        return (Map<String, String>) services.get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> dependsOn(String service) {
        return (Map<String, Map<String, String>>) services.get(service).get("depends_on");
    }
}
