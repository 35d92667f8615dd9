package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.dose.DoseGate;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dose in time (check-in, pre-dose check and its validity, infusion duration, device times, late entry) at each boundary of protocol v1. */
class DoseTimelineTest {

    static final Instant CHECKED_IN = Instant.parse("2026-05-04T09:00:00Z");
    static final Instant CHECKED = Instant.parse("2026-05-04T09:10:00Z");
    final SessionProtocol v1 = ProtocolV1.protocol();

    static Instant at(Instant from, Duration d) {
        return from.plus(d);
    }

    static Duration min(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    /** An IV dose started {@code start} after the pre-dose check, on a 40 min plan; with its end it is charted then, as a late entry. */
    List<String> iv(Duration start, Duration infusion) {
        Instant started = CHECKED.plus(start);
        Instant ended = infusion == null ? null : started.plus(infusion);
        Instant now = ended == null ? started : ended;
        return DoseGate.timeline(new DoseGate.Times(started, ended, null, ended == null ? null : "charted at the end of the infusion"), new DoseGate.Gates(CHECKED_IN, CHECKED, 40, null, null),
                new BigDecimal("40"), v1, v1.rule(Route.IV), now).stream().map(Criterion::code).toList();
    }

    /** An intranasal dose with its device times, charted when the last device was given. */
    List<String> intranasal(String mg, Instant... devices) {
        Instant started = devices.length == 0 ? CHECKED.plus(min(5)) : devices[0];
        Instant now = devices.length == 0 ? started : devices[devices.length - 1];
        return DoseGate.timeline(new DoseGate.Times(started, null, List.of(devices), null), new DoseGate.Gates(CHECKED_IN, CHECKED, null, null, null),
                new BigDecimal(mg), v1, v1.rule(Route.INTRANASAL), now).stream().map(Criterion::code).toList();
    }

    List<String> chartedAfter(Duration delay, String reason) {
        Instant started = CHECKED.plus(min(5));
        return DoseGate.timeline(new DoseGate.Times(started, null, null, reason), new DoseGate.Gates(CHECKED_IN, CHECKED, 40, null, null),
                new BigDecimal("40"), v1, v1.rule(Route.IV), started.plus(delay)).stream().map(Criterion::code).toList();
    }

    @Test
    void doseRefusedWhenChartedAsStartedBeforeTheCheckInOrThePreDoseCheck() {
        List<String> before = DoseGate.timeline(new DoseGate.Times(CHECKED_IN.minusSeconds(1), null, null, null),
                new DoseGate.Gates(CHECKED_IN, CHECKED, 40, null, null), new BigDecimal("40"), v1, v1.rule(Route.IV), CHECKED).stream()
                .map(Criterion::code).toList();
        assertThat(before).containsExactly("DOSE_STARTED_BEFORE_CHECK_IN", "DOSE_STARTED_BEFORE_PRE_DOSE_CHECK");
        assertThat(iv(Duration.ofSeconds(-1), null)).containsExactly("DOSE_STARTED_BEFORE_PRE_DOSE_CHECK");
        assertThat(iv(Duration.ZERO, null)).isEmpty();
    }

    @Test
    void doseAccepted59MinutesAfterThePreDoseCheck() {
        assertThat(iv(min(59), null)).isEmpty();
        assertThat(iv(min(60), null)).isEmpty();
    }

    @Test
    void doseRefused61MinutesAfterThePreDoseCheck() {
        assertThat(iv(min(61), null)).containsExactly("PRE_DOSE_CHECK_EXPIRED");
        assertThat(iv(min(60).plusSeconds(1), null)).containsExactly("PRE_DOSE_CHECK_EXPIRED");
        String message = DoseGate.timeline(new DoseGate.Times(CHECKED.plus(min(61)), null, null, null), new DoseGate.Gates(CHECKED_IN, CHECKED, 40, null, null),
                new BigDecimal("40"), v1, v1.rule(Route.IV), CHECKED.plus(min(61))).get(0).message();
        assertThat(message).contains("expired at 2026-05-04T10:10:00Z").contains("repeat the pre-dose check");
    }

    @Test
    void infusionOf35To45MinutesMatchesA40MinutePlan() {
        assertThat(iv(min(5), min(35))).isEmpty();
        assertThat(iv(min(5), min(40))).isEmpty();
        assertThat(iv(min(5), min(45))).isEmpty();
    }

    @Test
    void infusionOf34Or46MinutesDiffersFromA40MinutePlan() {
        assertThat(iv(min(5), min(34))).containsExactly("INFUSION_DURATION_DIFFERS_FROM_PLAN");
        assertThat(iv(min(5), min(46))).containsExactly("INFUSION_DURATION_DIFFERS_FROM_PLAN");
        assertThat(iv(min(5), min(45).plusSeconds(1))).containsExactly("INFUSION_DURATION_DIFFERS_FROM_PLAN");
    }

    @Test
    void anIvDoseEndedWithoutPlannedInfusionMinutesIsRefused() {
        Instant started = CHECKED.plus(min(5));
        assertThat(DoseGate.timeline(new DoseGate.Times(started, started.plus(min(40)), null, "charted at the end"), new DoseGate.Gates(CHECKED_IN, CHECKED, null, null, null),
                new BigDecimal("40"), v1, v1.rule(Route.IV), started.plus(min(40)))).extracting(Criterion::code)
                .containsExactly("INFUSION_DURATION_NOT_IN_PLAN");
    }

    @Test
    void intranasalDevicesFiveMinutesApartAreAccepted() {
        Instant first = CHECKED.plus(min(5));
        assertThat(intranasal("56", first, first.plus(min(5)))).isEmpty();
        assertThat(intranasal("84", first, first.plus(min(5)), first.plus(min(10)))).isEmpty();
        assertThat(intranasal("28", first)).isEmpty();
    }

    @Test
    void intranasalDevices4Minutes59SecondsApartAreRefused() {
        Instant first = CHECKED.plus(min(5));
        assertThat(intranasal("56", first, first.plus(min(5)).minusSeconds(1))).containsExactly("DEVICES_LESS_THAN_INTERVAL_APART");
        assertThat(intranasal("84", first, first.plus(min(5)), first.plus(min(9)))).containsExactly("DEVICES_LESS_THAN_INTERVAL_APART");
    }

    @Test
    void intranasalDoseWithoutDeviceTimesOrWithTheWrongNumberIsRefused() {
        Instant first = CHECKED.plus(min(5));
        assertThat(intranasal("56")).containsExactly("DEVICE_TIMES_MISSING");
        assertThat(intranasal("56", first)).containsExactly("DEVICE_TIMES_COUNT_MISMATCH");
        assertThat(intranasal("56", first, first.plus(min(5)), first.plus(min(10)))).containsExactly("DEVICE_TIMES_COUNT_MISMATCH");
    }

    @Test
    void doseCharted15MinutesAfterItsStartIsNotALateEntry() {
        assertThat(chartedAfter(min(15), null)).isEmpty();
    }

    @Test
    void doseCharted15Minutes1SecondAfterItsStartNeedsTheReasonItIsLate() {
        assertThat(chartedAfter(min(15).plusSeconds(1), null)).containsExactly("LATE_ENTRY_REASON_REQUIRED");
        assertThat(chartedAfter(min(15).plusSeconds(1), "  ")).containsExactly("LATE_ENTRY_REASON_REQUIRED");
        assertThat(chartedAfter(min(15).plusSeconds(1), "Charted after the emergency next door")).isEmpty();
    }

    @Test
    void observationStartsAtTheChartedEndWhenChartedWithinTheAllowance() {
        DoseAdministration dose = new DoseAdministration();
        dose.endedAt = Instant.parse("2026-05-04T10:00:00Z");
        dose.endRecordedAt = dose.endedAt.plus(min(15));
        assertThat(dose.observationStartsAt(v1.chartingAllowance())).isEqualTo(dose.endedAt);
    }

    @Test
    void observationOfADoseEndChartedLateStartsAtItsReceiptLessTheAllowance() {
        DoseAdministration dose = new DoseAdministration();
        dose.endedAt = Instant.parse("2026-05-04T10:00:00Z");
        dose.endRecordedAt = dose.endedAt.plus(min(121));
        assertThat(dose.observationStartsAt(v1.chartingAllowance())).isEqualTo(dose.endedAt.plus(min(106)));
    }

    @Test
    void aDoseRecordedBeforeTheReceiptWasKeptCountsFromItsRecording() {
        DoseAdministration dose = new DoseAdministration();
        dose.endedAt = Instant.parse("2026-05-04T10:00:00Z");
        dose.recordedAt = dose.endedAt.plus(min(30));
        assertThat(dose.observationStartsAt(v1.chartingAllowance())).isEqualTo(dose.endedAt.plus(min(15)));
        assertThat(new ArrayList<>(dose.deviceTimes())).isEmpty();
    }

    @Test
    void doseRefusedOnceAPreDoseCheckFailedAfterThePassedOne() {
        Instant started = CHECKED.plus(min(20));
        List<Criterion> failed = DoseGate.timeline(new DoseGate.Times(started, null, null, null),
                new DoseGate.Gates(CHECKED_IN, CHECKED, 40, CHECKED.plus(min(15)), "SYSTOLIC_TOO_HIGH"), new BigDecimal("40"), v1,
                v1.rule(Route.IV), started);
        assertThat(failed).extracting(Criterion::code).containsExactly("PRE_DOSE_CHECK_FAILED_SINCE");
        assertThat(failed.get(0).message()).contains("SYSTOLIC_TOO_HIGH").contains("waits for a check that passes");
    }
}
