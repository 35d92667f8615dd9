package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.session.domain.followup.ScheduleProposer;
import io.ketacare.session.domain.followup.ScheduleProposer.Phase;
import io.ketacare.session.domain.followup.ScheduleProposer.Proposal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sessions laid out from the intranasal schedule: weeks 1–4 twice weekly, 5–8 weekly, then every 2 weeks. */
class ScheduleProposerTest {

    static final Instant MONDAY = Instant.parse("2026-05-04T09:00:00Z");
    static final List<Phase> ESKETAMINE = List.of(new Phase("induction", 4, new BigDecimal("2")), new Phase("optimization", 4, BigDecimal.ONE),
            new Phase("maintenance", 8, new BigDecimal("0.5")));

    static long day(Proposal p) {
        return Duration.between(MONDAY, p.start()).toDays();
    }

    @Test
    void inductionIsTwiceWeeklyThenWeeklyThenEveryTwoWeeks() {
        List<Proposal> all = ScheduleProposer.propose(ESKETAMINE, 0, MONDAY);
        assertThat(all).hasSize(8 + 4 + 4);
        assertThat(all.subList(0, 8).stream().map(ScheduleProposerTest::day).toList()).containsExactly(0L, 3L, 7L, 10L, 14L, 17L, 21L, 24L);
        assertThat(all.subList(8, 12).stream().map(ScheduleProposerTest::day).toList()).containsExactly(28L, 35L, 42L, 49L);
        assertThat(all.subList(12, 16).stream().map(ScheduleProposerTest::day).toList()).containsExactly(56L, 70L, 84L, 98L);
        assertThat(all.get(12).phase()).isEqualTo("maintenance");
    }

    @Test
    void sessionsAlreadyBookedAreSkippedAndTheRestStartAtFrom() {
        List<Proposal> rest = ScheduleProposer.propose(ESKETAMINE, 8, MONDAY);
        assertThat(rest).hasSize(8);
        assertThat(rest.get(0).phase()).isEqualTo("optimization");
        assertThat(rest.stream().limit(4).map(ScheduleProposerTest::day).toList()).containsExactly(0L, 7L, 14L, 21L);
    }

    @Test
    void nothingIsProposedOnceEverySessionIsBooked() {
        assertThat(ScheduleProposer.propose(ESKETAMINE, 16, MONDAY)).isEmpty();
        assertThat(ScheduleProposer.propose(ESKETAMINE, 30, MONDAY)).isEmpty();
    }

    @Test
    void aWeeklySeriesAt9InNewYorkStays9LocalAcrossTheEndOfDaylightSavingTime() {
        // Monday 2026-10-26 09:00 EDT; daylight-saving time ends on Sunday 2026-11-01
        Instant first = Instant.parse("2026-10-26T13:00:00Z");
        java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");
        List<Proposal> weekly = ScheduleProposer.propose(List.of(new Phase("maintenance", 3, BigDecimal.ONE)), 0, first, newYork);
        assertThat(weekly.stream().map(Proposal::start).toList()).containsExactly(Instant.parse("2026-10-26T13:00:00Z"),
                Instant.parse("2026-11-02T14:00:00Z"), Instant.parse("2026-11-09T14:00:00Z"));
        assertThat(weekly.stream().map(p -> p.start().atZone(newYork).toLocalTime()).distinct().toList())
                .containsExactly(java.time.LocalTime.of(9, 0));
    }
}
