package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.session.domain.monitoring.AlertKind;
import io.ketacare.session.domain.monitoring.AlertRules;
import io.ketacare.session.domain.monitoring.ScoreInstrument;
import io.ketacare.session.domain.monitoring.SessionScore;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Alert limits of clinical-rules.md with protocol version 1. */
class AlertRulesTest {

    static final Instant T0 = Instant.parse("2026-05-04T09:40:00Z");
    final SessionProtocol v1 = ProtocolV1.protocol();

    static VitalReading reading(int minute, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2) {
        VitalReading v = new VitalReading();
        v.id = UUID.randomUUID();
        v.measuredAt = T0.plus(Duration.ofMinutes(minute));
        v.systolic = systolic;
        v.diastolic = diastolic;
        v.heartRate = heartRate;
        v.spo2 = spo2;
        return v;
    }

    List<AlertKind> alerts(VitalReading r, VitalReading... others) {
        return AlertRules.check(r, List.of(others), v1).stream().map(AlertRules.Raised::kind).toList();
    }

    @Test
    void bloodPressure200Over120OnceRaisesNothingAnd201Over120IsCritical() {
        assertThat(alerts(reading(0, 200, 120, 80, 97))).isEmpty();
        assertThat(alerts(reading(0, 201, 120, 80, 97))).containsExactly(AlertKind.BLOOD_PRESSURE_CRITICAL);
        assertThat(alerts(reading(0, 150, 121, 80, 97))).containsExactly(AlertKind.BLOOD_PRESSURE_CRITICAL);
    }

    @Test
    void bloodPressureAbove180Over110OnceRaisesNothing() {
        assertThat(alerts(reading(0, 185, 100, 80, 97))).isEmpty();
    }

    static VitalReading at(Duration after, int systolic, int diastolic) {
        VitalReading v = reading(0, systolic, diastolic, 80, 97);
        v.measuredAt = T0.plus(after);
        return v;
    }

    @Test
    void bloodPressureAbove180Over110TwiceFiveMinutesApartRaisesAnAlert() {
        VitalReading first = reading(0, 185, 100, 80, 97);
        assertThat(alerts(reading(5, 182, 112, 80, 97), first)).containsExactly(AlertKind.BLOOD_PRESSURE_HIGH_REPEATED);
    }

    @Test
    void bloodPressureStillAbove180FourMinutes59SecondsLaterIsNotYetSustained() {
        VitalReading first = reading(0, 185, 100, 80, 97);
        assertThat(alerts(at(Duration.ofMinutes(4).plusSeconds(59), 185, 100), first)).isEmpty();
    }

    @Test
    void bloodPressureHighThenNormalAtThreeMinutesThenHighAtSixIsNotSustained() {
        VitalReading first = reading(0, 185, 100, 80, 97);
        VitalReading normal = reading(3, 150, 90, 80, 97);
        assertThat(alerts(reading(6, 185, 100, 80, 97), first, normal)).isEmpty();
    }

    @Test
    void aReadingOfExactly180Over110BetweenTwoHighOnesBreaksTheRun() {
        VitalReading first = reading(0, 185, 100, 80, 97);
        VitalReading atTheLimit = reading(3, 180, 110, 80, 97);
        assertThat(alerts(reading(6, 185, 100, 80, 97), first, atTheLimit)).isEmpty();
    }

    @Test
    void aReadingWithoutBloodPressureBetweenTwoHighOnesDoesNotBreakTheRun() {
        VitalReading first = reading(0, 185, 100, 80, 97);
        VitalReading heartRateOnly = reading(3, null, null, 80, 97);
        assertThat(alerts(reading(6, 185, 100, 80, 97), first, heartRateOnly)).containsExactly(AlertKind.BLOOD_PRESSURE_HIGH_REPEATED);
    }

    @Test
    void bloodPressureAbove180AtTheUsualChartingIntervalsOf5_10And15MinutesRaisesTheAlert() {
        VitalReading first = reading(0, 185, 100, 80, 97);
        assertThat(alerts(reading(5, 185, 100, 80, 97), first)).containsExactly(AlertKind.BLOOD_PRESSURE_HIGH_REPEATED);
        assertThat(alerts(reading(10, 185, 100, 80, 97), first)).containsExactly(AlertKind.BLOOD_PRESSURE_HIGH_REPEATED);
        assertThat(alerts(reading(15, 185, 100, 80, 97), first)).containsExactly(AlertKind.BLOOD_PRESSURE_HIGH_REPEATED);
    }

    @Test
    void aHighReadingSentLateButMeasuredFiveMinutesBeforeAnotherRaisesAnAlert() {
        VitalReading alreadyRecorded = reading(5, 185, 100, 80, 97);
        assertThat(alerts(reading(0, 182, 100, 80, 97), alreadyRecorded)).containsExactly(AlertKind.BLOOD_PRESSURE_HIGH_REPEATED);
    }

    @Test
    void aHighReadingSentLateButMeasuredFourMinutes59SecondsBeforeAnotherRaisesNothing() {
        VitalReading alreadyRecorded = at(Duration.ofMinutes(4).plusSeconds(59), 185, 100);
        assertThat(alerts(reading(0, 182, 100, 80, 97), alreadyRecorded)).isEmpty();
    }

    @Test
    void aHighReadingSentLateBeforeANormalAndAHighOneRaisesNothing() {
        VitalReading normal = reading(3, 150, 90, 80, 97);
        VitalReading high = reading(6, 185, 100, 80, 97);
        assertThat(alerts(reading(0, 182, 100, 80, 97), normal, high)).isEmpty();
    }

    @Test
    void aHighReadingRecordedLateThirtyMinutesBeforeAnotherWithNoReadingBetweenIsSustained() {
        VitalReading later = reading(30, 185, 100, 80, 97);
        assertThat(alerts(reading(0, 182, 100, 80, 97), later)).containsExactly(AlertKind.BLOOD_PRESSURE_HIGH_REPEATED);
    }

    @Test
    void bloodPressureOf180Over110IsNotAboveTheRepeatLimit() {
        VitalReading first = reading(0, 180, 110, 80, 97);
        assertThat(alerts(reading(5, 180, 110, 80, 97), first)).isEmpty();
    }

    @Test
    void theSustainedAlertNamesBothReadingsAndTheProtocolVersion() {
        VitalReading first = reading(0, 185, 100, 80, 97);
        assertThat(AlertRules.check(reading(5, 182, 112, 80, 97), List.of(first), v1).get(0).message())
                .contains("182/112 mmHg", "185/100 mmHg", "above 180/110", "5 min apart", "session protocol v1");
    }

    static SessionScore score(ScoreInstrument instrument, int value) {
        SessionScore s = new SessionScore();
        s.instrument = instrument;
        s.score = value;
        s.measuredAt = T0;
        return s;
    }

    @Test
    void moaasOf2RaisesTheDeepSedationAlertAnd3DoesNot() {
        assertThat(AlertRules.check(score(ScoreInstrument.MOAA_S, 2), v1)).get().extracting(AlertRules.Raised::kind)
                .isEqualTo(AlertKind.DEEP_SEDATION);
        assertThat(AlertRules.check(score(ScoreInstrument.MOAA_S, 3), v1)).isEmpty();
    }

    @Test
    void aCadssOf2RaisesNoDeepSedationAlert() {
        assertThat(AlertRules.check(score(ScoreInstrument.CADSS, 2), v1)).isEmpty();
    }

    @Test
    void heartRate120RaisesNothingAnd121Alerts() {
        assertThat(alerts(reading(0, null, null, 120, null))).isEmpty();
        assertThat(alerts(reading(0, null, null, 121, null))).containsExactly(AlertKind.HEART_RATE_HIGH);
    }

    @Test
    void spo2Of90RaisesNothingAnd89Alerts() {
        assertThat(alerts(reading(0, null, null, null, 90))).isEmpty();
        assertThat(alerts(reading(0, null, null, null, 89))).containsExactly(AlertKind.OXYGEN_SATURATION_LOW);
    }
}
