package io.ketacare.patient.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.security.VerifiedTokens;
import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
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
        String admin = RealServices.token("admin1");
        assertThat(get(admin)).isEqualTo(200);
        SecurityIdentity verifiedAdmin = verified.find(admin).orElseThrow();
        String remembered = "remembered-" + UUID.randomUUID();
        verified.remember(remembered, verifiedAdmin);
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
