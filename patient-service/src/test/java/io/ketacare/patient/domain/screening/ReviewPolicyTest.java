package io.ketacare.patient.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ketacare.patient.domain.record.ConditionKind;
import io.ketacare.patient.domain.record.ConditionStatus;
import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A review resolves NEEDS_REVIEW once, and never turns an absolute contraindication into ELIGIBLE. */
class ReviewPolicyTest {

    static final Instant AT = Instant.parse("2025-06-15T10:00:00Z");

    static Screening screened(ScreeningCase screening) {
        ScreeningInput input = screening.input();
        return Screening.record(UUID.randomUUID(), 1, input.vitals(), input.answers(), null, screening.evaluate(), "nurse1", AT);
    }

    static ProblemException refusal(Screening screening, ReviewDecision decision, Evaluation current) {
        return catchThrowableOfType(ProblemException.class, () -> ReviewPolicy.requireAllowed(screening, decision, current, List.of()));
    }

    @Test
    void reviewMayTurnNeedsReviewIntoEligibleOrIneligible() {
        ScreeningCase highBloodPressure = ScreeningCase.eligiblePatient().bloodPressure(150, 85);
        Screening screening = screened(highBloodPressure);
        assertThatCode(() -> ReviewPolicy.requireAllowed(screening, ReviewDecision.ELIGIBLE, highBloodPressure.evaluate(), List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> ReviewPolicy.requireAllowed(screening, ReviewDecision.INELIGIBLE, highBloodPressure.evaluate(), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void reviewCannotTurnAnAbsoluteContraindicationIntoEligible() {
        ScreeningCase pregnant = ScreeningCase.eligiblePatient().answers(Answer.YES, Answer.NO, Answer.NO, Answer.NO);
        ProblemException refused = refusal(screened(pregnant), ReviewDecision.ELIGIBLE, pregnant.evaluate());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.slug()).isEqualTo("absolute-contraindication");
        assertThat(refused.criteria()).extracting(Criterion::code).containsExactly("PREGNANCY");
    }

    @Test
    void reviewCannotMakeEligibleWhatTheRecordNowShowsIsContraindicated() {
        ScreeningCase atScreening = ScreeningCase.eligiblePatient().bloodPressure(150, 85);
        Evaluation now = ScreeningCase.eligiblePatient().bloodPressure(150, 85)
                .condition(ConditionKind.INTRACEREBRAL_HAEMORRHAGE, ConditionStatus.RESOLVED).evaluate();
        ProblemException refused = refusal(screened(atScreening), ReviewDecision.ELIGIBLE, now);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.criteria()).extracting(Criterion::code).containsExactly("INTRACEREBRAL_HAEMORRHAGE");
    }

    @Test
    void reviewOfAnEligibleScreeningIsAConflict() {
        ScreeningCase eligible = ScreeningCase.eligiblePatient();
        ProblemException refused = refusal(screened(eligible), ReviewDecision.INELIGIBLE, eligible.evaluate());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.slug()).isEqualTo("screening-not-awaiting-review");
    }

    @Test
    void ineligibleDecisionOnAnIneligibleScreeningIsAConflict() {
        ScreeningCase pregnant = ScreeningCase.eligiblePatient().answers(Answer.YES, Answer.NO, Answer.NO, Answer.NO);
        assertThat(refusal(screened(pregnant), ReviewDecision.INELIGIBLE, pregnant.evaluate()).status()).isEqualTo(409);
    }

    @Test
    void secondReviewIsAConflict() {
        ScreeningCase highBloodPressure = ScreeningCase.eligiblePatient().bloodPressure(150, 85);
        Screening screening = screened(highBloodPressure);
        screening.review(ReviewDecision.ELIGIBLE, "rechecked", "clinician1", AT.plusSeconds(60));
        ProblemException refused = refusal(screening, ReviewDecision.INELIGIBLE, highBloodPressure.evaluate());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.slug()).isEqualTo("screening-already-reviewed");
    }

    @Test
    void reviewCannotDecideEligibleAfterTheRecordChanged() {
        ScreeningCase highBloodPressure = ScreeningCase.eligiblePatient().bloodPressure(150, 85);
        Screening screening = screened(highBloodPressure);
        List<String> changes = List.of("medication 'phenelzine' (MAOI, ACTIVE) recorded or revised at ...");
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> ReviewPolicy.requireAllowed(screening, ReviewDecision.ELIGIBLE, highBloodPressure.evaluate(), changes));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.slug()).isEqualTo("record-changed-since-screening");
        assertThatCode(() -> ReviewPolicy.requireAllowed(screening, ReviewDecision.INELIGIBLE, highBloodPressure.evaluate(), changes))
                .doesNotThrowAnyException();
    }
}
