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
        assertThat(unmet(ready(), Route.IV, 59)).containsExactly("MINIMUM_OBSERVATION_NOT_ELAPSED");
        assertThat(unmet(ready(), Route.IV, 60)).isEmpty();
    }

    @Test
    void lastBloodPressureWithinPreDoseLimitsPasses() {
        assertThat(unmet(ready(List.of(vitals(100, 140, 90, 80, 97)), ready().scores(), List.of()), Route.INTRANASAL, 120)).isEmpty();
    }

    @Test
    void lastSystolicAboveLimitPassesWithin20PercentOfBaselineAndIsRefusedBeyond() {
        DischargeInput high = new DischargeInput(DOSE_END, baseline(135, 82, 76), List.of(vitals(100, 162, 84, 80, 97)), ready().scores(),
                List.of(), true, true, null, false);
        assertThat(unmet(high, Route.INTRANASAL, 120)).isEmpty();
        DischargeInput higher = new DischargeInput(DOSE_END, baseline(135, 82, 76), List.of(vitals(100, 163, 84, 80, 97)), ready().scores(),
                List.of(), true, true, null, false);
        assertThat(unmet(higher, Route.INTRANASAL, 120)).containsExactly("LAST_SYSTOLIC_OUT_OF_RANGE");
    }

    @Test
    void onlyTheLastReadingCounts() {
        List<VitalReading> recovering = List.of(vitals(40, 175, 100, 118, 95), vitals(100, 132, 84, 88, 97));
        assertThat(unmet(ready(recovering, ready().scores(), List.of()), Route.INTRANASAL, 120)).isEmpty();
        List<VitalReading> worsening = List.of(vitals(40, 132, 84, 88, 97), vitals(100, 175, 100, 118, 92));
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
}
