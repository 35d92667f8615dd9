package io.ketacare.e2e;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The running stack: the gateway, Keycloak and the published contracts. */
final class Stack {

    static final String GATEWAY = env("KETACARE_GATEWAY_URL", "http://127.0.0.1:" + env("KETACARE_GATEWAY_PORT", "8080"));
    static final String KEYCLOAK = env("KETACARE_OIDC_URL", "http://127.0.0.1:" + env("KETACARE_KEYCLOAK_PORT", "8180") + "/realms/ketacare");
    static final UUID PATIENT1 = UUID.fromString("6f1c2b3a-0d4e-4f5a-8b6c-000000000001");
    static final UUID PATIENT2 = UUID.fromString("6f1c2b3a-0d4e-4f5a-8b6c-000000000002");

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, OpenApiValidationFilter> CONTRACTS = new ConcurrentHashMap<>();

    private Stack() {
    }

    /** A real access token for a demo user (password = user name) from Keycloak. */
    static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> given().contentType(ContentType.URLENC)
                .formParam("client_id", "ketacare-app").formParam("grant_type", "password")
                .formParam("username", u).formParam("password", u)
                .post(KEYCLOAK + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token"));
    }

    /** A request through the gateway as this user, checked against the service's published contract. */
    static RequestSpecification as(String user, String service) {
        return given().baseUri(GATEWAY).filter(contract(service)).header("Authorization", "Bearer " + token(user))
                .contentType(ContentType.JSON);
    }

    /** A request through the gateway as this user, deliberately outside the contract. */
    static RequestSpecification rawAs(String user) {
        return given().baseUri(GATEWAY).header("Authorization", "Bearer " + token(user)).contentType(ContentType.JSON);
    }

    static OpenApiValidationFilter contract(String service) {
        return CONTRACTS.computeIfAbsent(service, s -> new OpenApiValidationFilter(
                contractsDirectory().resolve(s + ".yaml").toUri().toString()));
    }

    static Path contractsDirectory() {
        String root = System.getProperty("ketacare.root");
        return (root != null ? Path.of(root) : Path.of("..")).resolve("contracts").toAbsolutePath().normalize();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
