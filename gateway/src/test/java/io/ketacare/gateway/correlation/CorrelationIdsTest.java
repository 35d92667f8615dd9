package io.ketacare.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "req-1.2:3_x", "4f6d2a1c-3e7b-4b8a-9c1d-2e3f4a5b6c7d"})
    void aWellFormedRequestIdIsKept(String id) {
        assertThat(RequestIds.acceptOrGenerate(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "new\nline", "<script>", "é"})
    void anyOtherRequestIdIsReplacedByAUuid(String id) {
        String settled = RequestIds.acceptOrGenerate(id);

        assertThat(UUID.fromString(settled).version()).isEqualTo(4);
        assertThat(UUID.fromString(settled).variant()).isEqualTo(2);
    }

    @Test
    void aRequestIdLongerThan100IsReplaced() {
        assertThat(RequestIds.acceptOrGenerate("a".repeat(100))).hasSize(100);
        assertThat(RequestIds.acceptOrGenerate("a".repeat(101))).hasSize(36);
    }

    @Test
    void aGeneratedTraceparentIsValidW3cTraceContext() {
        String traceparent = TraceParent.generate();

        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(traceparent).doesNotContain("-00000000000000000000000000000000-", "-0000000000000000-");
        assertThat(TraceParent.generate()).isNotEqualTo(traceparent);
    }
}
