package io.ketacare.patient.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Treatment-resistant depression: at least 2 failed adequate antidepressant trials (protocol 1). */
class TreatmentResistanceTest {

    static final int PROTOCOL_1_THRESHOLD = 2;

    static TreatmentEntry trial(boolean adequate, TreatmentOutcome outcome) {
        return entry(TreatmentType.ANTIDEPRESSANT_TRIAL, adequate, outcome);
    }

    static TreatmentEntry entry(TreatmentType type, Boolean adequate, TreatmentOutcome outcome) {
        return TreatmentEntry.record(UUID.randomUUID(), new TreatmentData(type, "drug", null, 8, adequate, outcome, null, null, null),
                "clinician1", Instant.EPOCH);
    }

    static TreatmentResistance of(TreatmentEntry... history) {
        return TreatmentResistance.of(List.of(history), PROTOCOL_1_THRESHOLD);
    }

    @Test
    void twoFailedAdequateTrialsAreTreatmentResistant() {
        TreatmentResistance resistance = of(trial(true, TreatmentOutcome.NO_RESPONSE), trial(true, TreatmentOutcome.PARTIAL_RESPONSE));
        assertThat(resistance.failedAdequateTrials()).isEqualTo(2);
        assertThat(resistance.isTreatmentResistant()).isTrue();
    }

    @Test
    void oneFailedAdequateTrialIsNotTreatmentResistant() {
        assertThat(of(trial(true, TreatmentOutcome.NO_RESPONSE)).isTreatmentResistant()).isFalse();
    }

    @Test
    void inadequateTrialsDoNotCount() {
        assertThat(of(trial(true, TreatmentOutcome.NO_RESPONSE), trial(false, TreatmentOutcome.NO_RESPONSE)).isTreatmentResistant()).isFalse();
    }

    @Test
    void trialsThatWorkedOrWereNotToleratedDoNotCount() {
        TreatmentResistance resistance = of(trial(true, TreatmentOutcome.NO_RESPONSE), trial(true, TreatmentOutcome.RESPONSE),
                trial(true, TreatmentOutcome.REMISSION), trial(true, TreatmentOutcome.NOT_TOLERATED), trial(true, TreatmentOutcome.UNKNOWN));
        assertThat(resistance.failedAdequateTrials()).isEqualTo(1);
    }

    @Test
    void otherTreatmentsDoNotCount() {
        assertThat(of(trial(true, TreatmentOutcome.NO_RESPONSE), entry(TreatmentType.ECT, true, TreatmentOutcome.NO_RESPONSE),
                entry(TreatmentType.TMS, null, TreatmentOutcome.NO_RESPONSE)).isTreatmentResistant()).isFalse();
    }
}
