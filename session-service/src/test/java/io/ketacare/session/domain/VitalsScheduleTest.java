package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.monitoring.VitalsPointState;
import io.ketacare.session.domain.monitoring.VitalsSchedule;
import io.ketacare.session.domain.monitoring.VitalsSchedule.TimePoint;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The vitals schedule of protocol v1: intranasal at 0 and 40 min; IV every 10 min during the infusion, then every 15 min. */
class VitalsScheduleTest {

    static final Instant T = Instant.parse("2026-05-04T09:40:00Z");
    final SessionProtocol v1 = ProtocolV1.protocol();

    static VitalReading bloodPressureAt(Duration after) {
        VitalReading v = new VitalReading();
        v.id = UUID.randomUUID();
        v.measuredAt = T.plus(after);
        v.systolic = 128;
        v.diastolic = 82;
        return v;
    }

    List<TimePoint> intranasal(Instant now, VitalReading... readings) {
        return VitalsSchedule.of(v1.rule(Route.INTRANASAL), Duration.ofMinutes(v1.vitalsGraceMinutes), T, T.plus(Duration.ofMinutes(10)),
                Arrays.asList(readings), now, null);
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    @Test
    void intranasalVitalsAreDueAtTheDoseStartAndFortyMinutesLater() {
        assertThat(intranasal(T).stream().map(TimePoint::dueAt)).containsExactly(T, T.plus(minutes(40)));
    }

    @Test
    void theFortyMinuteVitalsAreNotMissed45MinutesAfterTheDoseStart() {
        List<TimePoint> points = intranasal(T.plus(minutes(45)), bloodPressureAt(Duration.ZERO));
        assertThat(points.stream().map(TimePoint::state)).containsExactly(VitalsPointState.MET, VitalsPointState.DUE);
    }

    @Test
    void theFortyMinuteVitalsAreMissed45Minutes1SecondAfterTheDoseStart() {
        List<TimePoint> points = intranasal(T.plus(minutes(45)).plusSeconds(1), bloodPressureAt(Duration.ZERO));
        assertThat(points.stream().map(TimePoint::state)).containsExactly(VitalsPointState.MET, VitalsPointState.MISSED);
        assertThat(VitalsSchedule.missed(points)).extracting(TimePoint::dueAt).containsExactly(T.plus(minutes(40)));
    }

    @Test
    void aBloodPressureFiveMinutesAfterTheTimePointMeetsItAndFiveMinutes1SecondAfterDoesNot() {
        Instant later = T.plus(minutes(60));
        assertThat(intranasal(later, bloodPressureAt(minutes(45))).get(1).state()).isEqualTo(VitalsPointState.MET);
        assertThat(intranasal(later, bloodPressureAt(minutes(45).plusSeconds(1))).get(1).state()).isEqualTo(VitalsPointState.MISSED);
        assertThat(intranasal(later, bloodPressureAt(minutes(35))).get(1).state()).isEqualTo(VitalsPointState.MET);
        assertThat(intranasal(later, bloodPressureAt(minutes(35).minusSeconds(1))).get(1).state()).isEqualTo(VitalsPointState.MISSED);
    }

    @Test
    void aReadingWithoutBloodPressureDoesNotMeetATimePoint() {
        VitalReading heartRateOnly = bloodPressureAt(minutes(40));
        heartRateOnly.systolic = null;
        heartRateOnly.diastolic = null;
        heartRateOnly.heartRate = 80;
        assertThat(intranasal(T.plus(minutes(60)), heartRateOnly).get(1).state()).isEqualTo(VitalsPointState.MISSED);
    }

    @Test
    void aTimePointWhoseWindowHasNotOpenedIsUpcoming() {
        assertThat(intranasal(T.plus(minutes(34)).plusSeconds(59)).get(1).state()).isEqualTo(VitalsPointState.UPCOMING);
        assertThat(intranasal(T.plus(minutes(35))).get(1).state()).isEqualTo(VitalsPointState.DUE);
    }

    @Test
    void ivVitalsAreDueEveryTenMinutesDuringAFortyMinuteInfusionThenEveryFifteenUntilTheMinimumObservation() {
        Instant end = T.plus(minutes(40));
        List<TimePoint> points = VitalsSchedule.of(v1.rule(Route.IV), Duration.ofMinutes(v1.vitalsGraceMinutes), T, end, List.of(), T, null);
        assertThat(points.stream().map(p -> Duration.between(T, p.dueAt()).toMinutes()))
                .containsExactly(0L, 10L, 20L, 30L, 40L, 55L, 70L, 85L, 100L);
    }

    @Test
    void anIvInfusionStillRunningPastItsPlannedEndKeepsItsTenMinuteVitals() {
        List<TimePoint> points = VitalsSchedule.of(v1.rule(Route.IV), Duration.ofMinutes(v1.vitalsGraceMinutes), T, null, List.of(),
                T.plus(minutes(52)), null);
        assertThat(points.stream().map(p -> Duration.between(T, p.dueAt()).toMinutes())).containsExactly(0L, 10L, 20L, 30L, 40L, 50L);
    }

    @Test
    void timePointsAfterTheDischargeAreNotDue() {
        List<TimePoint> points = VitalsSchedule.of(v1.rule(Route.INTRANASAL), Duration.ofMinutes(v1.vitalsGraceMinutes), T,
                T.plus(minutes(10)), List.of(), T.plus(minutes(120)), T.plus(minutes(39)));
        assertThat(points).extracting(TimePoint::dueAt).containsExactly(T);
    }
}
