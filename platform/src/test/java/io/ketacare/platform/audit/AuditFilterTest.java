package io.ketacare.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void readsOfOnePatientAreReadsAndListsAreSearches() {
        assertThat(AuditFilter.action("GET", UUID.randomUUID())).isEqualTo("READ");
        assertThat(AuditFilter.action("GET", null)).isEqualTo("SEARCH");
        assertThat(AuditFilter.action("POST", null)).isEqualTo("CREATE");
        assertThat(AuditFilter.action("PUT", UUID.randomUUID())).isEqualTo("UPDATE");
    }

    @Test
    void refusedAccessIsDeniedAndOtherErrorsFailed() {
        assertThat(AuditFilter.outcome(200)).isEqualTo("SUCCESS");
        assertThat(AuditFilter.outcome(201)).isEqualTo("SUCCESS");
        assertThat(AuditFilter.outcome(401)).isEqualTo("DENIED");
        assertThat(AuditFilter.outcome(403)).isEqualTo("DENIED");
        assertThat(AuditFilter.outcome(404)).isEqualTo("DENIED");
        assertThat(AuditFilter.outcome(400)).isEqualTo("FAILED");
        assertThat(AuditFilter.outcome(409)).isEqualTo("FAILED");
    }
}
