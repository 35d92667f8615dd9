package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.protocol.SessionProtocol;
import io.ketacare.session.domain.rems.RemsForms;
import io.ketacare.session.domain.rems.RemsStatus;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REMS deadlines and the "~40 min" blood pressure of protocol version 1, at each boundary. */
class RemsFormsTest {

    static final Instant DOSE_START = Instant.parse("2026-05-04T09:00:00Z");
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    final SessionProtocol v1 = ProtocolV1.protocol();

    static DoseAdministration dose(Instant start) {
        DoseAdministration d = new DoseAdministration();
        d.startedAt = start;
        d.endedAt = start.plus(Duration.ofMinutes(5));
        return d;
    }

    static Session session(SessionStatus status) {
        Session s = new Session();
        s.status = status;
        return s;
    }

    static VitalReading bp(Duration afterDose, int systolic) {
        VitalReading v = new VitalReading();
        v.measuredAt = DOSE_START.plus(afterDose);
        v.systolic = systolic;
        v.diastolic = 80;
        return v;
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    @Test
    void aMonitoredSessionIsNotListedExactly360MinutesAfterTheDoseStart() {
        Instant now = DOSE_START.plus(minutes(360));
        assertThat(RemsForms.notClosedInTime(session(SessionStatus.MONITORING), dose(DOSE_START), v1, now)).isFalse();
        assertThat(RemsForms.listed(session(SessionStatus.MONITORING), dose(DOSE_START), v1, now)).isFalse();
    }

    @Test
    void aMonitoredSessionIsListedAsNotClosed360Minutes1SecondAfterTheDoseStart() {
        Instant now = DOSE_START.plus(minutes(360)).plusSeconds(1);
        assertThat(RemsForms.notClosedInTime(session(SessionStatus.MONITORING), dose(DOSE_START), v1, now)).isTrue();
        assertThat(RemsForms.listed(session(SessionStatus.MONITORING), dose(DOSE_START), v1, now)).isTrue();
        assertThat(RemsForms.closeBy(dose(DOSE_START), v1)).isEqualTo(DOSE_START.plus(minutes(360)));
    }

    @Test
    void aDischargedOrAbortedSessionIsListedAndNeverNotClosed() {
        Instant later = DOSE_START.plus(Duration.ofDays(2));
        for (SessionStatus closed : List.of(SessionStatus.DISCHARGED, SessionStatus.ABORTED)) {
            assertThat(RemsForms.listed(session(closed), dose(DOSE_START), v1, DOSE_START.plus(minutes(150)))).isTrue();
            assertThat(RemsForms.notClosedInTime(session(closed), dose(DOSE_START), v1, later)).isFalse();
        }
    }

    @Test
    void bloodPressureTaken30And50MinutesAfterTheDoseStartCountsAsThe40MinuteReading() {
        assertThat(RemsForms.bloodPressureAt40Minutes(dose(DOSE_START), List.of(bp(minutes(30), 131)), v1)).map(v -> v.systolic).contains(131);
        assertThat(RemsForms.bloodPressureAt40Minutes(dose(DOSE_START), List.of(bp(minutes(50), 135)), v1)).map(v -> v.systolic).contains(135);
    }

    @Test
    void bloodPressureTaken29m59sOr50m01sAfterTheDoseStartLeavesThe40MinuteReadingMissing() {
        List<VitalReading> outside = List.of(bp(minutes(30).minusSeconds(1), 131), bp(minutes(50).plusSeconds(1), 135));
        assertThat(RemsForms.bloodPressureAt40Minutes(dose(DOSE_START), outside, v1)).isEmpty();
    }

    @Test
    void ofSeveralReadingsInTheWindowTheOneNearest40MinutesIsTaken() {
        List<VitalReading> several = List.of(bp(minutes(31), 131), bp(minutes(43), 143), bp(minutes(38), 138), bp(minutes(49), 149));
        assertThat(RemsForms.bloodPressureAt40Minutes(dose(DOSE_START), several, v1)).map(v -> v.systolic).contains(138);
    }

    @Test
    void aSessionAt6pmPacificIsDue7LocalDaysLaterNot8AsUtcWouldMakeIt() {
        // 2026-05-04 18:00 in Los Angeles is 2026-05-05 01:00 UTC
        Instant sixPmPacific = LocalDate.of(2026, 5, 4).atTime(18, 0).atZone(PACIFIC).toInstant();
        assertThat(RemsForms.dueDate(dose(sixPmPacific), v1, PACIFIC)).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(RemsForms.dueDate(dose(sixPmPacific), v1, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void aFormDueOnALocalDayIsOverdueOnlyOnceThatDayHasEndedInTheClinic() {
        LocalDate due = LocalDate.of(2026, 5, 11);
        Instant lastMinuteOfDueDay = LocalDate.of(2026, 5, 11).atTime(23, 59).atZone(PACIFIC).toInstant();
        Instant nextLocalDay = LocalDate.of(2026, 5, 12).atStartOfDay(PACIFIC).toInstant();
        assertThat(RemsForms.status(session(SessionStatus.DISCHARGED), due, PACIFIC, lastMinuteOfDueDay)).isEqualTo(RemsStatus.DUE);
        assertThat(RemsForms.status(session(SessionStatus.DISCHARGED), due, PACIFIC, nextLocalDay)).isEqualTo(RemsStatus.OVERDUE);
    }
}
