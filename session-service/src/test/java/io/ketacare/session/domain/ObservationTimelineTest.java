package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ketacare.platform.problem.ProblemException;
import io.ketacare.session.domain.monitoring.ObservationTimeline;
import io.ketacare.session.domain.monitoring.ObservationTimeline.Observed;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a reading, a score or an adverse event may lie on the session's timeline (protocol v1: 2 min clock skew, 15 min charting). */
class ObservationTimelineTest {

    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    static final Instant CHECKED_IN = NOW.minus(Duration.ofMinutes(60));
    final SessionProtocol v1 = ProtocolV1.protocol();

    void require(Instant measuredAt) {
        ObservationTimeline.require(List.of(new Observed("readings[0].measuredAt", "reading m7:1", measuredAt)), CHECKED_IN,
                "MEASURED_BEFORE_CHECK_IN", v1, NOW);
    }

    @Test
    void aReadingMeasuredTwoMinutesAheadOfTheServerIsAccepted() {
        require(NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aReadingMeasuredTwoMinutes1SecondAheadOfTheServerIsRefusedNamingTheField() {
        assertThatThrownBy(() -> require(NOW.plus(Duration.ofMinutes(2)).plusSeconds(1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("readings[0].measuredAt");
                });
    }

    @Test
    void aReadingMeasuredAtTheCheckInIsAcceptedAndOneSecondBeforeIsRefused() {
        require(CHECKED_IN);
        assertThatThrownBy(() -> require(CHECKED_IN.minusSeconds(1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.criteria()).extracting(c -> c.code()).containsExactly("MEASURED_BEFORE_CHECK_IN");
                    assertThat(e.criteria().get(0).message()).contains("reading m7:1", CHECKED_IN.toString());
                });
    }

    @Test
    void aReadingCharted15MinutesAfterItWasMeasuredIsNotALateEntryAnd15Minutes1SecondIs() {
        assertThat(Timeline.isLateEntry(NOW.minus(Duration.ofMinutes(15)), NOW, v1)).isFalse();
        assertThat(Timeline.isLateEntry(NOW.minus(Duration.ofMinutes(15)).minusSeconds(1), NOW, v1)).isTrue();
    }
}
