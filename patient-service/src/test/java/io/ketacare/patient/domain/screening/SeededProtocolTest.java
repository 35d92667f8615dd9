package io.ketacare.patient.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The protocol the rule tests use is the one Flyway seeds: its rules are data, read from the database. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class SeededProtocolTest {

    @Inject
    Protocols protocols;

    @Test
    void protocolVersion1IsSeededAsTheRuleTestsAssume() {
        Protocol seeded = QuarkusTransaction.requiringNew().call(() -> protocols.version(1));
        assertThat(seeded.rules()).containsExactlyElementsOf(ProtocolV1.rules());
        assertThat(seeded).isEqualTo(ProtocolV1.protocol());
    }

    @Test
    void currentProtocolIsTheLatestPublished() {
        assertThat(QuarkusTransaction.requiringNew().call(() -> protocols.current(Instant.parse("2026-01-01T00:00:00Z")).version()))
                .isEqualTo(1);
    }
}
