package io.ketacare.patient.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whatever the engine cannot check never passes: the screening goes to clinician review. */
class FailClosedTest {

    static Evaluation evaluate(ProtocolRule... rules) {
        return EligibilityEngine.evaluate(new Protocol(9, Instant.EPOCH, "test", 2, List.of(rules)), ScreeningCase.eligiblePatient().input());
    }

    static ProtocolRule rule(String check, RuleEffect effect, String answer, String level, BigDecimal limit) {
        return new ProtocolRule("TEST_RULE", effect, check, Set.of(), false, answer, Set.of(), level, limit, null, "Test rule");
    }

    @Test
    void eligiblePatientPassesEveryRuleOfProtocol1() {
        assertThat(ScreeningCase.eligiblePatient().evaluate()).isEqualTo(new Evaluation(Outcome.ELIGIBLE, List.of()));
    }

    @Test
    void unknownCheckNeedsReviewEvenForAnAbsoluteRule() {
        Evaluation evaluation = evaluate(rule("BLOOD_TYPE_IS", RuleEffect.INELIGIBLE, null, null, null));
        assertThat(evaluation.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(evaluation.findings()).singleElement().satisfies(f -> {
            assertThat(f.determination()).isEqualTo(Determination.UNKNOWN);
            assertThat(f.message()).contains("BLOOD_TYPE_IS");
        });
    }

    @Test
    void unreadableRuleParametersNeedReview() {
        assertThat(evaluate(rule("BLOOD_PRESSURE_ABOVE", RuleEffect.NEEDS_REVIEW, null, null, null)).outcome())
                .isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(evaluate(rule("CSSRS_RISK_AT_LEAST", RuleEffect.NEEDS_REVIEW, null, "EXTREME", null)).findings())
                .singleElement().extracting(Finding::determination).isEqualTo(Determination.UNKNOWN);
    }

    @Test
    void questionThisServiceDoesNotAskNeedsReview() {
        Evaluation evaluation = evaluate(rule("CONDITION_OR_ANSWER", RuleEffect.INELIGIBLE, "SEIZURES", null, null));
        assertThat(evaluation.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void protocolWithoutRulesNeedsReview() {
        assertThat(evaluate().outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void everyFindingIsListedInProtocolOrder() {
        ScreeningCase screening = ScreeningCase.eligiblePatient().bloodPressure(150, 95).cssrs(null)
                .answers(Answer.NO, Answer.YES, Answer.NO, Answer.NO);
        assertThat(screening.codes()).containsExactly("BLOOD_PRESSURE_ABOVE_LIMIT", "BREASTFEEDING", "CSSRS_HIGH_RISK");
        assertThat(screening.evaluate().findings().get(0).message()).contains("150/95").contains("140/90");
    }
}
