package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.session.domain.discharge.DischargeGate;
import io.ketacare.session.domain.discharge.DischargeInput;
import io.ketacare.session.domain.monitoring.AdverseEvent;
import io.ketacare.session.domain.monitoring.AdverseEventOutcome;
import io.ketacare.session.domain.monitoring.AdverseEventType;
import io.ketacare.session.domain.monitoring.ScoreInstrument;
import io.ketacare.session.domain.monitoring.SessionScore;
import io.ketacare.session.domain.monitoring.Severity;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.predose.PreDoseCheck;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The discharge criteria of clinical-rules.md at each boundary of protocol version 1. */
class DischargeGateTest {

    static final Instant DOSE_END = Instant.parse("2026-05-04T09:30:00Z");
    final SessionProtocol v1 = ProtocolV1.protocol();

    static PreDoseCheck baseline(int systolic, int diastolic, int heartRate) {
        PreDoseCheck c = new PreDoseCheck();
        c.systolic = systolic;
        c.diastolic = diastolic;
        c.heartRate = heartRate;
        c.spo2 = 98;
        return c;
    }

    static VitalReading vitals(int minutesAfterDose, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2) {
        VitalReading v = new VitalReading();
        v.id = UUID.randomUUID();
        v.measuredAt = DOSE_END.plus(Duration.ofMinutes(minutesAfterDose));
        v.recordedAt = v.measuredAt;
        v.systolic = systolic;
        v.diastolic = diastolic;
        v.heartRate = heartRate;
        v.spo2 = spo2;
        return v;
    }

    static SessionScore score(ScoreInstrument instrument, int value, int minutesAfterDose) {
        SessionScore s = new SessionScore();
        s.instrument = instrument;
        s.score = value;
        s.measuredAt = DOSE_END.plus(Duration.ofMinutes(minutesAfterDose));
        s.recordedAt = s.measuredAt;
        return s;
    }

    static AdverseEvent event(Severity severity, AdverseEventOutcome outcome) {
        AdverseEvent e = new AdverseEvent();
        e.id = UUID.randomUUID();
        e.type = AdverseEventType.HYPERTENSION;
        e.severity = severity;
        e.outcome = outcome;
        return e;
    }

    DischargeInput ready(List<VitalReading> vitals, List<SessionScore> scores, List<AdverseEvent> events) {
        return new DischargeInput(DOSE_END, baseline(128, 82, 76), vitals, scores, events, true, true, null, false);
    }

    DischargeInput ready() {
        return ready(List.of(vitals(110, 130, 84, 80, 97)), List.of(score(ScoreInstrument.MOAA_S, 5, 110), score(ScoreInstrument.CADSS, 0, 110)),
                List.of());
    }

    List<String> unmet(DischargeInput in, Route route, int minutesAfterDose) {
        return DischargeGate.check(in, v1, v1.rule(route), DOSE_END.plus(Duration.ofMinutes(minutesAfterDose))).stream()
                .map(Criterion::code).toList();
    }

    @Test
    void dischargeRefusedAt119MinutesAfterIntranasalDose() {
        assertThat(unmet(ready(), Route.INTRANASAL, 119)).containsExactly("MINIMUM_OBSERVATION_NOT_ELAPSED");
    }

    @Test
    void dischargeAcceptedAt120MinutesAfterIntranasalDose() {
        assertThat(unmet(ready(), Route.INTRANASAL, 120)).isEmpty();
    }

    @Test
    void dischargeRefusedAt59MinutesAfterInfusionEndAndAcceptedAt60() {
        DischargeInput at50 = ready(List.of(vitals(50, 130, 84, 80, 97)), List.of(score(ScoreInstrument.MOAA_S, 5, 50),
                score(ScoreInstrument.CADSS, 0, 50)), List.of());
        assertThat(unmet(at50, Route.IV, 59)).containsExactly("MINIMUM_OBSERVATION_NOT_ELAPSED");
        assertThat(unmet(at50, Route.IV, 60)).isEmpty();
    }

    @Test
    void lastBloodPressureWithinPreDoseLimitsPasses() {
        assertThat(unmet(ready(List.of(vitals(110, 140, 90, 80, 97)), ready().scores(), List.of()), Route.INTRANASAL, 120)).isEmpty();
    }

    @Test
    void lastSystolicAboveLimitPassesWithin20PercentOfBaselineAndIsRefusedBeyond() {
        DischargeInput high = new DischargeInput(DOSE_END, baseline(135, 82, 76), List.of(vitals(110, 162, 84, 80, 97)), ready().scores(),
                List.of(), true, true, null, false);
        assertThat(unmet(high, Route.INTRANASAL, 120)).isEmpty();
        DischargeInput higher = new DischargeInput(DOSE_END, baseline(135, 82, 76), List.of(vitals(110, 163, 84, 80, 97)), ready().scores(),
                List.of(), true, true, null, false);
        assertThat(unmet(higher, Route.INTRANASAL, 120)).containsExactly("LAST_SYSTOLIC_OUT_OF_RANGE");
    }

    @Test
    void onlyTheLastReadingCounts() {
        List<VitalReading> recovering = List.of(vitals(40, 175, 100, 118, 95), vitals(110, 132, 84, 88, 97));
        assertThat(unmet(ready(recovering, ready().scores(), List.of()), Route.INTRANASAL, 120)).isEmpty();
        List<VitalReading> worsening = List.of(vitals(40, 132, 84, 88, 97), vitals(110, 175, 100, 118, 92));
        assertThat(unmet(ready(worsening, ready().scores(), List.of()), Route.INTRANASAL, 120)).containsExactly("LAST_SYSTOLIC_OUT_OF_RANGE",
                "LAST_DIASTOLIC_OUT_OF_RANGE", "LAST_HEART_RATE_OUT_OF_RANGE", "LAST_SPO2_TOO_LOW");
    }

    @Test
    void vitalsAndScoresFromBeforeTheEndOfDosingDoNotCount() {
        DischargeInput before = ready(List.of(vitals(-5, 130, 84, 80, 97)),
                List.of(score(ScoreInstrument.MOAA_S, 5, -5), score(ScoreInstrument.CADSS, 0, -5)), List.of());
        assertThat(unmet(before, Route.INTRANASAL, 120)).containsExactly("NO_BLOOD_PRESSURE_SINCE_DOSE", "NO_HEART_RATE_SINCE_DOSE",
                "NO_SPO2_SINCE_DOSE", "MOAA_S_MISSING", "CADSS_MISSING");
    }

    @Test
    void moaasOf4IsRefusedAnd5Passes() {
        List<SessionScore> drowsy = List.of(score(ScoreInstrument.MOAA_S, 4, 115), score(ScoreInstrument.CADSS, 0, 115));
        assertThat(unmet(ready(ready().vitals(), drowsy, List.of()), Route.INTRANASAL, 120)).containsExactly("MOAA_S_NOT_RECOVERED");
        List<SessionScore> awake = new ArrayList<>(drowsy);
        awake.add(score(ScoreInstrument.MOAA_S, 5, 118));
        assertThat(unmet(ready(ready().vitals(), awake, List.of()), Route.INTRANASAL, 120)).isEmpty();
    }

    @Test
    void cadssOf1IsRefusedUnlessAClinicianAttestsResolution() {
        List<SessionScore> dissociated = List.of(score(ScoreInstrument.MOAA_S, 5, 115), score(ScoreInstrument.CADSS, 1, 115));
        assertThat(unmet(ready(ready().vitals(), dissociated, List.of()), Route.INTRANASAL, 120)).containsExactly("DISSOCIATION_NOT_RESOLVED");
        DischargeInput byNurse = new DischargeInput(DOSE_END, baseline(128, 82, 76), ready().vitals(), dissociated, List.of(), true, true,
                "resolved", false);
        assertThat(unmet(byNurse, Route.INTRANASAL, 120)).containsExactly("ATTESTATION_NEEDS_CLINICIAN", "DISSOCIATION_NOT_RESOLVED");
        DischargeInput byClinician = new DischargeInput(DOSE_END, baseline(128, 82, 76), ready().vitals(), dissociated, List.of(), true, true,
                "resolved", true);
        assertThat(unmet(byClinician, Route.INTRANASAL, 120)).isEmpty();
    }

    @Test
    void anOpenSevereAdverseEventIsRefusedAndAResolvedOneOrAnOpenMildOneIsNot() {
        assertThat(unmet(ready(ready().vitals(), ready().scores(), List.of(event(Severity.SEVERE, AdverseEventOutcome.ONGOING))),
                Route.INTRANASAL, 120)).containsExactly("OPEN_SEVERE_ADVERSE_EVENT");
        assertThat(unmet(ready(ready().vitals(), ready().scores(), List.of(event(Severity.SEVERE, AdverseEventOutcome.RESOLVED),
                event(Severity.MODERATE, AdverseEventOutcome.ONGOING))), Route.INTRANASAL, 120)).isEmpty();
    }

    @Test
    void escortAndInstructionsAreRequiredAndEveryUnmetCriterionIsListed() {
        DischargeInput none = new DischargeInput(DOSE_END, baseline(128, 82, 76), List.of(), List.of(),
                List.of(event(Severity.LIFE_THREATENING, AdverseEventOutcome.ONGOING)), false, false, null, false);
        assertThat(unmet(none, Route.INTRANASAL, 30)).containsExactly("MINIMUM_OBSERVATION_NOT_ELAPSED", "NO_BLOOD_PRESSURE_SINCE_DOSE",
                "NO_HEART_RATE_SINCE_DOSE", "NO_SPO2_SINCE_DOSE", "MOAA_S_MISSING", "CADSS_MISSING", "OPEN_SEVERE_ADVERSE_EVENT",
                "ESCORT_NOT_PRESENT", "INSTRUCTIONS_NOT_ACKNOWLEDGED");
    }

    DischargeInput endChartedAt(int minutesAfterDoseEnd) {
        io.ketacare.session.domain.dose.DoseAdministration dose = new io.ketacare.session.domain.dose.DoseAdministration();
        dose.endedAt = DOSE_END;
        dose.endRecordedAt = DOSE_END.plus(Duration.ofMinutes(minutesAfterDoseEnd));
        DischargeInput in = ready();
        return new DischargeInput(DOSE_END, in.baseline(), in.vitals(), in.scores(), in.adverseEvents(), true, true, null, false, dose,
                v1.chartingAllowance());
    }

    List<Criterion> observationAt(DischargeInput in, Duration afterDoseEnd) {
        return DischargeGate.check(in, v1, v1.rule(Route.INTRANASAL), DOSE_END.plus(afterDoseEnd)).stream()
                .filter(c -> c.code().equals("MINIMUM_OBSERVATION_NOT_ELAPSED")).toList();
    }

    @Test
    void aDoseEndChartedWithinTheAllowanceCountsFromTheChartedEnd() {
        assertThat(observationAt(endChartedAt(15), Duration.ofMinutes(120).minusSeconds(1))).hasSize(1);
        assertThat(observationAt(endChartedAt(15), Duration.ofMinutes(120))).isEmpty();
    }

    @Test
    void aDoseEndCharted121MinutesLateCountsFromItsReceiptLessThe15MinuteAllowance() {
        DischargeInput late = endChartedAt(121);
        List<Criterion> refused = observationAt(late, Duration.ofMinutes(226).minusSeconds(1));
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message()).contains("reached the server at " + DOSE_END.plus(Duration.ofMinutes(121)))
                .contains("15 min charting allowance").contains("discharge possible from " + DOSE_END.plus(Duration.ofMinutes(226)));
        assertThat(observationAt(late, Duration.ofMinutes(226))).isEmpty();
    }

    // ---- fresh discharge evidence: the latest of each kind, measured within 15 min (protocol v1) before the discharge ----

    /** Discharge 130 min after the end of an intranasal dose: the minimum observation has elapsed. */
    static final Instant DISCHARGE = DOSE_END.plus(Duration.ofMinutes(130));

    static VitalReading before(Duration beforeDischarge, Integer systolic, Integer diastolic, Integer heartRate, Integer spo2,
            Integer respiratoryRate) {
        VitalReading v = vitals(0, systolic, diastolic, heartRate, spo2);
        v.measuredAt = DISCHARGE.minus(beforeDischarge);
        v.recordedAt = v.measuredAt;
        v.respiratoryRate = respiratoryRate;
        return v;
    }

    static SessionScore scoreBefore(ScoreInstrument instrument, int value, Duration beforeDischarge) {
        SessionScore s = score(instrument, value, 0);
        s.measuredAt = DISCHARGE.minus(beforeDischarge);
        s.recordedAt = s.measuredAt;
        return s;
    }

    static List<SessionScore> recoveredScores(Duration beforeDischarge) {
        return List.of(scoreBefore(ScoreInstrument.MOAA_S, 5, beforeDischarge), scoreBefore(ScoreInstrument.CADSS, 0, beforeDischarge));
    }

    static Duration min(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    DischargeInput withBaseline(PreDoseCheck baseline, VitalReading last) {
        return new DischargeInput(DOSE_END, baseline, List.of(last), recoveredScores(min(5)), List.of(), true, true, null, false);
    }

    List<Criterion> criteria(DischargeInput in, SessionProtocol protocol) {
        return DischargeGate.check(in, protocol, protocol.rule(Route.INTRANASAL), DISCHARGE);
    }

    List<String> unmetAtDischarge(DischargeInput in) {
        return criteria(in, v1).stream().map(Criterion::code).toList();
    }

    List<String> unmetAtDischarge(List<VitalReading> vitals, List<SessionScore> scores) {
        return unmetAtDischarge(ready(vitals, scores, List.of()));
    }

    @Test
    void everyKindOfEvidenceMeasuredExactly15MinutesBeforeDischargePasses() {
        assertThat(unmetAtDischarge(List.of(before(min(15), 130, 84, 80, 97, 14)), recoveredScores(min(15)))).isEmpty();
    }

    @Test
    void everyKindOfEvidenceMeasured15Minutes1SecondBeforeDischargeIsRefusedKindByKind() {
        Duration stale = min(15).plusSeconds(1);
        assertThat(unmetAtDischarge(List.of(before(stale, 130, 84, 80, 97, 14)), recoveredScores(stale))).containsExactly(
                "BLOOD_PRESSURE_EVIDENCE_TOO_OLD", "HEART_RATE_EVIDENCE_TOO_OLD", "SPO2_EVIDENCE_TOO_OLD", "RESPIRATORY_RATE_EVIDENCE_TOO_OLD",
                "MOAA_S_EVIDENCE_TOO_OLD", "CADSS_EVIDENCE_TOO_OLD");
    }

    @Test
    void aBloodPressure16MinutesOldIsRefusedWithWhenItWasMeasuredAndWhatToDo() {
        List<VitalReading> vitals = List.of(before(min(16), 130, 84, null, null, null), before(min(5), null, null, 80, 97, null));
        List<Criterion> unmet = criteria(ready(vitals, recoveredScores(min(5)), List.of()), v1);
        assertThat(unmet).extracting(Criterion::code).containsExactly("BLOOD_PRESSURE_EVIDENCE_TOO_OLD");
        assertThat(unmet.get(0).message()).contains("measured at " + DISCHARGE.minus(min(16)), "16 min before discharge", "last 15 min",
                "protocol v1", "measure again");
    }

    @Test
    void aMoaasOrCadss16MinutesOldIsRefusedEvenWhenNormal() {
        List<VitalReading> fresh = List.of(before(min(5), 130, 84, 80, 97, null));
        assertThat(unmetAtDischarge(fresh, List.of(scoreBefore(ScoreInstrument.MOAA_S, 5, min(16)), scoreBefore(ScoreInstrument.CADSS, 0, min(5)))))
                .containsExactly("MOAA_S_EVIDENCE_TOO_OLD");
        assertThat(unmetAtDischarge(fresh, List.of(scoreBefore(ScoreInstrument.MOAA_S, 5, min(5)), scoreBefore(ScoreInstrument.CADSS, 0, min(16)))))
                .containsExactly("CADSS_EVIDENCE_TOO_OLD");
    }

    @Test
    void anAbnormalBloodPressureAfterANormalOneBlocksDischargeUntilANewerNormalOne() {
        VitalReading normal = before(min(10), 130, 84, 80, 97, null);
        VitalReading abnormal = before(min(5), 165, 84, 80, 97, null);
        assertThat(unmetAtDischarge(List.of(normal, abnormal), recoveredScores(min(5)))).containsExactly("LAST_SYSTOLIC_OUT_OF_RANGE");
        VitalReading newerNormal = before(min(2), 132, 84, 80, 97, null);
        assertThat(unmetAtDischarge(List.of(normal, abnormal, newerNormal), recoveredScores(min(5)))).isEmpty();
    }

    @Test
    void aMoaasOf4AfterA5BlocksDischargeUntilANewer5() {
        List<VitalReading> fresh = List.of(before(min(5), 130, 84, 80, 97, null));
        List<SessionScore> scores = new ArrayList<>(List.of(scoreBefore(ScoreInstrument.MOAA_S, 5, min(10)),
                scoreBefore(ScoreInstrument.MOAA_S, 4, min(5)), scoreBefore(ScoreInstrument.CADSS, 0, min(5))));
        assertThat(unmetAtDischarge(fresh, scores)).containsExactly("MOAA_S_NOT_RECOVERED");
        scores.add(scoreBefore(ScoreInstrument.MOAA_S, 5, min(2)));
        assertThat(unmetAtDischarge(fresh, scores)).isEmpty();
    }

    @Test
    void aNormalReadingChartedLateButMeasuredBeforeTheAbnormalOneDoesNotClearIt() {
        VitalReading abnormal = before(min(5), 165, 84, 80, 97, null);
        VitalReading chartedLate = before(min(8), 130, 84, 80, 97, null);
        chartedLate.recordedAt = DISCHARGE.minus(min(1));
        assertThat(unmetAtDischarge(List.of(abnormal, chartedLate), recoveredScores(min(5)))).containsExactly("LAST_SYSTOLIC_OUT_OF_RANGE");
    }

    @Test
    void aFreshReadingOfOneKindDoesNotRefreshAnotherKind() {
        List<VitalReading> vitals = List.of(before(min(40), 130, 84, 80, 97, null), before(min(3), null, null, 82, null, null));
        assertThat(unmetAtDischarge(vitals, recoveredScores(min(5)))).containsExactly("BLOOD_PRESSURE_EVIDENCE_TOO_OLD", "SPO2_EVIDENCE_TOO_OLD");
    }

    @Test
    void theEvidenceWindowIsProtocolData() {
        SessionProtocol wider = ProtocolV1.protocol();
        wider.dischargeEvidenceMinutes = 30;
        DischargeInput in = ready(List.of(before(min(30), 130, 84, 80, 97, null)), recoveredScores(min(30)), List.of());
        assertThat(criteria(in, wider)).isEmpty();
        assertThat(criteria(in, v1)).extracting(Criterion::code).contains("BLOOD_PRESSURE_EVIDENCE_TOO_OLD", "MOAA_S_EVIDENCE_TOO_OLD");
    }

    // ---- absolute limits: never above the alert limits, never below the discharge floors, whatever the baseline ----

    @Test
    void systolic181IsRefusedAboveTheAlertLimitAlthoughWithin20PercentOfABaselineOf160And180Passes() {
        PreDoseCheck baseline = baseline(160, 82, 76);
        assertThat(unmetAtDischarge(withBaseline(baseline, before(min(5), 181, 84, 80, 97, null)))).containsExactly("LAST_SYSTOLIC_ABOVE_ALERT_LIMIT");
        assertThat(unmetAtDischarge(withBaseline(baseline, before(min(5), 180, 84, 80, 97, null)))).isEmpty();
    }

    @Test
    void diastolic111IsRefusedAboveTheAlertLimitAlthoughWithin20PercentOfABaselineOf100And110Passes() {
        PreDoseCheck baseline = baseline(128, 100, 76);
        assertThat(unmetAtDischarge(withBaseline(baseline, before(min(5), 130, 111, 80, 97, null)))).containsExactly("LAST_DIASTOLIC_ABOVE_ALERT_LIMIT");
        assertThat(unmetAtDischarge(withBaseline(baseline, before(min(5), 130, 110, 80, 97, null)))).isEmpty();
    }

    @Test
    void heartRate121IsRefusedAboveTheAlertLimitAlthoughWithin20PercentOfABaselineOf105And120Passes() {
        PreDoseCheck baseline = baseline(128, 82, 105);
        assertThat(unmetAtDischarge(withBaseline(baseline, before(min(5), 130, 84, 121, 97, null)))).containsExactly("LAST_HEART_RATE_ABOVE_ALERT_LIMIT");
        assertThat(unmetAtDischarge(withBaseline(baseline, before(min(5), 130, 84, 120, 97, null)))).isEmpty();
    }

    @Test
    void aSystolicAboveTheAlertLimitAndFarAboveBaselineNamesBothRules() {
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 190, 84, 80, 97, null))))
                .containsExactly("LAST_SYSTOLIC_OUT_OF_RANGE", "LAST_SYSTOLIC_ABOVE_ALERT_LIMIT");
    }

    @Test
    void systolic89IsRefusedBelowTheFloorAnd90Passes() {
        List<Criterion> unmet = criteria(withBaseline(baseline(128, 82, 76), before(min(5), 89, 60, 80, 97, null)), v1);
        assertThat(unmet).extracting(Criterion::code).containsExactly("LAST_SYSTOLIC_BELOW_FLOOR");
        assertThat(unmet.get(0).message()).contains("89 mmHg", "floor of 90 mmHg", "protocol v1");
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 90, 60, 80, 97, null)))).isEmpty();
    }

    @Test
    void diastolic49IsRefusedBelowTheFloorAnd50Passes() {
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 110, 49, 80, 97, null)))).containsExactly("LAST_DIASTOLIC_BELOW_FLOOR");
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 110, 50, 80, 97, null)))).isEmpty();
    }

    @Test
    void heartRate49IsRefusedBelowTheFloorAnd50Passes() {
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 130, 84, 49, 97, null)))).containsExactly("LAST_HEART_RATE_BELOW_FLOOR");
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 130, 84, 50, 97, null)))).isEmpty();
    }

    @Test
    void spo2Of93IsRefusedAnd94Passes() {
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 130, 84, 80, 93, null)))).containsExactly("LAST_SPO2_TOO_LOW");
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 130, 84, 80, 94, null)))).isEmpty();
    }

    @Test
    void respiratoryRate9IsRefusedBelowTheFloorAnd10Passes() {
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 130, 84, 80, 97, 9))))
                .containsExactly("LAST_RESPIRATORY_RATE_BELOW_FLOOR");
        assertThat(unmetAtDischarge(withBaseline(baseline(128, 82, 76), before(min(5), 130, 84, 80, 97, 10)))).isEmpty();
    }

    @Test
    void aRespiratoryRateChartedSinceTheDoseMustBeFreshButNoneIsNotRequired() {
        List<VitalReading> staleRate = List.of(before(min(40), null, null, null, null, 8), before(min(5), 130, 84, 80, 97, null));
        assertThat(unmetAtDischarge(staleRate, recoveredScores(min(5))))
                .containsExactly("RESPIRATORY_RATE_EVIDENCE_TOO_OLD", "LAST_RESPIRATORY_RATE_BELOW_FLOOR");
        assertThat(unmetAtDischarge(List.of(before(min(5), 130, 84, 80, 97, null)), recoveredScores(min(5)))).isEmpty();
    }

    @Test
    void theFloorsAreProtocolData() {
        SessionProtocol lower = ProtocolV1.protocol();
        lower.dischargeMinSystolic = 85;
        lower.dischargeMinHeartRate = 45;
        DischargeInput in = withBaseline(baseline(128, 82, 76), before(min(5), 86, 60, 46, 97, null));
        assertThat(criteria(in, lower)).isEmpty();
        assertThat(criteria(in, v1)).extracting(Criterion::code).containsExactly("LAST_SYSTOLIC_BELOW_FLOOR", "LAST_HEART_RATE_BELOW_FLOOR");
    }
}
