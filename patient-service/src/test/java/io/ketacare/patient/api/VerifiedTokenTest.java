package io.ketacare.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.security.VerifiedTokens;
import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * Real tokens of the test OIDC server: a token verified once is recognised on the next request, and only
 * that exact token, with the roles it was verified with.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class VerifiedTokenTest {

    static final String ADMIN_ONLY = "/api/v1/audit-events?size=1";

    @Inject
    VerifiedTokens verified;

    static int get(String token) {
        return given().auth().oauth2(token).get(ADMIN_ONLY).then().extract().statusCode();
    }

    /** The same token with one character of its signature changed. */
    static String altered(String token) {
        int i = token.length() - 10;
        return token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
    }

    @Test
    void aTokenVerifiedOnceIsRememberedAndAnAlteredCopyOfItIsStillRefused() {
        String admin = RealServices.token("admin1");
        assertThat(get(admin)).isEqualTo(200);
        assertThat(verified.find(admin)).isPresent();
        assertThat(get(admin)).isEqualTo(200);
        assertThat(get(altered(admin))).isEqualTo(401);
    }

    /** Proves that a request is answered from what was remembered: the OIDC server never issued this token. */
    @Test
    void aRememberedTokenIsAnsweredWithoutAskingTheOidcProviderAndOnlyThatExactToken() {
        String remembered = "remembered-" + UUID.randomUUID();
        JsonWebToken admin = new JsonWebToken() {
            @Override
            public String getName() {
                return "admin1";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return "exp".equals(claim) ? (T) Long.valueOf(Instant.now().getEpochSecond() + 60) : null;
            }
        };
        verified.remember(remembered, QuarkusSecurityIdentity.builder()
                .setPrincipal(admin).addRole("admin").addCredential(new AccessTokenCredential(remembered)).build());
        assertThat(get(remembered)).isEqualTo(200);
        assertThat(get(remembered + "x")).isEqualTo(401);
    }

    @Test
    void eachRememberedTokenKeepsItsOwnRoles() {
        String admin = RealServices.token("admin1");
        String clinician = RealServices.token("clinician1");
        for (int round = 0; round < 3; round++) {
            assertThat(get(admin)).as("admin1, round %d", round).isEqualTo(200);
            assertThat(get(clinician)).as("clinician1, round %d", round).isEqualTo(403);
        }
    }
}
