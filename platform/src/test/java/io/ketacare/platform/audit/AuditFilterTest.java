package io.ketacare.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Test
    void aReplayedAnswerNamesItsPatientByItsTopLevelPatientId() {
        ObjectMapper json = new ObjectMapper();
        UUID patient = UUID.randomUUID();
        assertThat(AuditFilter.patientIn(json, "{\"sessionId\":\"x\",\"patientId\":\"" + patient + "\",\"stored\":1}")).isEqualTo(patient);
        assertThat(AuditFilter.patientIn(json, "{\"items\":[{\"patientId\":\"" + patient + "\"}]}")).isNull();
        assertThat(AuditFilter.patientIn(json, "{\"patientId\":\"not-an-id\"}")).isNull();
        assertThat(AuditFilter.patientIn(json, "not json")).isNull();
    }
}
