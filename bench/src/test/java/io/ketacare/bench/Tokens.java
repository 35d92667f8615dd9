package io.ketacare.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens from the real Keycloak: password grant on {@code ketacare-app} for the demo users,
 * client credentials on {@code ketacare-integrator}. Fetched again after ten minutes, so that a long
 * run never sends an expired token (the realm's tokens live fifteen).
 */
public final class Tokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetchedAt) {
    }

    private static volatile String keycloak = "http://127.0.0.1:8180";

    private Tokens() {
    }

    static void use(String keycloakUrl) {
        keycloak = keycloakUrl;
    }

    /** A demo user's token (password = user name), or the integrator's for {@code "integrator"}. */
    public static String of(String user) {
        Token token = CACHE.get(user);
        if (token == null || token.fetchedAt().plus(REFRESH_AFTER).isBefore(Instant.now())) {
            token = new Token(fetch(user), Instant.now());
            CACHE.put(user, token);
        }
        return token.value();
    }

    public static String bearer(String user) {
        return "Bearer " + of(user);
    }

    private static String fetch(String user) {
        String form = "integrator".equals(user)
                ? "grant_type=client_credentials&client_id=ketacare-integrator&client_secret=ketacare-integrator-secret"
                : "grant_type=password&client_id=ketacare-app&username=" + enc(user) + "&password=" + enc(user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/ketacare/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("No token for " + user + ": " + response.statusCode() + " " + response.body());
            }
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + keycloak, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
