package io.ketacare.patient.domain.screening;

import static io.ketacare.patient.domain.screening.ReviewPolicyTest.AT;
import static io.ketacare.patient.domain.screening.ReviewPolicyTest.screened;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.patient.domain.record.TreatmentResistance;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The current eligibility: the decision in force, made stale by later changes to the record. */
class EligibilityDecisionTest {

    static final TreatmentResistance NONE = new TreatmentResistance(0, 2);
    static final List<String> NO_CHANGES = List.of();
    static final List<String> NEW_MAOI = List.of("medication 'phenelzine' (MAOI, ACTIVE) recorded or revised at ...");

    @Test
    void notScreenedIsNotEligible() {
        EligibilityDecision decision = EligibilityDecision.notScreened(UUID.randomUUID(), NONE, AT);
        assertThat(decision.status()).isEqualTo(EligibilityStatus.NOT_SCREENED);
        assertThat(decision.reasons()).extracting(Finding::code).containsExactly("NOT_SCREENED");
    }

    @Test
    void eligibleScreeningWithUnchangedRecordIsEligible() {
        EligibilityDecision decision = EligibilityDecision.of(screened(ScreeningCase.eligiblePatient()), NO_CHANGES, NONE, AT);
        assertThat(decision.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(decision.decidedAt()).isEqualTo(AT);
        assertThat(decision.stale()).isFalse();
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void recordChangedSinceEligibleScreeningNeedsReview() {
        EligibilityDecision decision = EligibilityDecision.of(screened(ScreeningCase.eligiblePatient()), NEW_MAOI, NONE, AT);
        assertThat(decision.status()).isEqualTo(EligibilityStatus.NEEDS_REVIEW);
        assertThat(decision.stale()).isTrue();
        assertThat(decision.reasons()).extracting(Finding::code).containsExactly("RECORD_CHANGED_SINCE_SCREENING");
        assertThat(decision.reasons().get(0).message()).contains("phenelzine");
    }

    @Test
    void recordChangedSinceIneligibleScreeningStaysIneligible() {
        Screening pregnant = screened(ScreeningCase.eligiblePatient().answers(Answer.YES, Answer.NO, Answer.NO, Answer.NO));
        EligibilityDecision decision = EligibilityDecision.of(pregnant, NEW_MAOI, NONE, AT);
        assertThat(decision.status()).isEqualTo(EligibilityStatus.INELIGIBLE);
        assertThat(decision.reasons()).extracting(Finding::code).containsExactly("RECORD_CHANGED_SINCE_SCREENING", "PREGNANCY");
    }

    @Test
    void reviewedDecisionIsInForceFromTheReview() {
        Screening screening = screened(ScreeningCase.eligiblePatient().bloodPressure(150, 85));
        screening.review(ReviewDecision.ELIGIBLE, "rechecked at 132/84 after rest", "clinician1", AT.plusSeconds(600));
        EligibilityDecision decision = EligibilityDecision.of(screening, NO_CHANGES, NONE, AT.plusSeconds(900));
        assertThat(decision.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(decision.decidedAt()).isEqualTo(AT.plusSeconds(600));
        assertThat(decision.reasons()).extracting(Finding::code).containsExactly("BLOOD_PRESSURE_ABOVE_LIMIT");
    }
}
