package io.ketacare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** How long a verified token is recognised, and which tokens are not. */
class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjbGluaWNpYW4xIn0.c2lnbmF0dXJl";

    VerifiedTokens tokens = at(NOW, Duration.ofMinutes(5), 10);

    static VerifiedTokens at(Instant now, Duration maxAge, int capacity) {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
        tokens.maxAge = maxAge;
        tokens.capacity = capacity;
        return tokens;
    }

    static SecurityIdentity expiringAt(Instant exp) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "clinician1";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return "exp".equals(claim) ? (T) Long.valueOf(exp.getEpochSecond()) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("clinician").build();
    }

    void moveTo(Instant instant) {
        tokens.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void aVerifiedTokenIsRecognisedUntilOneSecondBeforeItExpiresAndNotAtItsExpiry() {
        SecurityIdentity identity = expiringAt(NOW.plus(Duration.ofMinutes(2)));
        tokens.remember(TOKEN, identity);
        moveTo(NOW.plus(Duration.ofMinutes(2)).minusSeconds(1));
        assertThat(tokens.find(TOKEN)).containsSame(identity);
        moveTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(tokens.find(TOKEN)).isEmpty();
    }

    @Test
    void aTokenValidForAnHourIsRecognisedForFiveMinutesAtMost() {
        tokens.remember(TOKEN, expiringAt(NOW.plus(Duration.ofHours(1))));
        moveTo(NOW.plus(Duration.ofMinutes(5)).minusSeconds(1));
        assertThat(tokens.find(TOKEN)).isPresent();
        moveTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(tokens.find(TOKEN)).isEmpty();
    }

    @Test
    void aTokenDifferingInOneCharacterOfItsSignatureIsNotRecognised() {
        tokens.remember(TOKEN, expiringAt(NOW.plus(Duration.ofMinutes(2))));
        String altered = TOKEN.substring(0, TOKEN.length() - 3) + "Y" + TOKEN.substring(TOKEN.length() - 2);
        assertThat(altered).isNotEqualTo(TOKEN);
        assertThat(tokens.find(altered)).isEmpty();
    }

    @Test
    void aTokenAlreadyExpiredOrWithoutExpiryIsNotRemembered() {
        tokens.remember(TOKEN, expiringAt(NOW));
        assertThat(tokens.find(TOKEN)).isEmpty();
        tokens.remember(TOKEN, QuarkusSecurityIdentity.builder().setPrincipal(() -> "no-jwt").build());
        assertThat(tokens.find(TOKEN)).isEmpty();
    }

    @Test
    void aMaximumAgeOfZeroRemembersNothing() {
        tokens = at(NOW, Duration.ZERO, 10);
        tokens.remember(TOKEN, expiringAt(NOW.plus(Duration.ofMinutes(2))));
        assertThat(tokens.find(TOKEN)).isEmpty();
    }

    @Test
    void neverMoreEntriesThanTheCapacity() {
        tokens = at(NOW, Duration.ofMinutes(5), 3);
        for (int i = 0; i < 3; i++) {
            tokens.remember(TOKEN + i, expiringAt(NOW.plus(Duration.ofMinutes(2))));
        }
        tokens.remember(TOKEN + 3, expiringAt(NOW.plus(Duration.ofMinutes(2))));
        assertThat(tokens.find(TOKEN + 3)).isPresent();
        assertThat(tokens.find(TOKEN + 0)).isEmpty();
    }
}
