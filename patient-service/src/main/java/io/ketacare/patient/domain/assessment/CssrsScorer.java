package io.ketacare.patient.domain.assessment;

import java.util.List;

/**
 * The C-SSRS screener: six yes/no questions. Items 1 to 5 are 0 (no) or 1 (yes); item 6 (suicidal
 * behaviour) is 0 (no), 1 (yes, more than 3 months ago) or 2 (yes, within the past 3 months).
 * Q4 or Q5 yes, or behaviour in the past 3 months: HIGH; Q3 or lifetime behaviour: MODERATE;
 * Q1 or Q2: LOW; all no: NONE. The total is the number of questions answered yes.
 */
public final class CssrsScorer implements Scorer {

    public static final int YES = 1;
    public static final int BEHAVIOUR_LIFETIME = 1;
    public static final int BEHAVIOUR_PAST_3_MONTHS = 2;
    static final int WISH_TO_BE_DEAD = 1;
    static final int SUICIDAL_THOUGHTS = 2;
    static final int THOUGHTS_WITH_METHOD = 3;
    static final int INTENT = 4;
    static final int INTENT_WITH_PLAN = 5;
    static final int BEHAVIOUR = 6;

    @Override
    public Score score(List<Integer> items) {
        CssrsRisk risk = risk(items);
        int yes = (int) items.stream().filter(answer -> answer > 0).count();
        return new Score(yes, risk.name(), risk == CssrsRisk.HIGH ? List.of(Flag.SUICIDE_RISK_HIGH) : List.of());
    }

    static CssrsRisk risk(List<Integer> items) {
        if (yes(items, INTENT) || yes(items, INTENT_WITH_PLAN) || answer(items, BEHAVIOUR) == BEHAVIOUR_PAST_3_MONTHS) {
            return CssrsRisk.HIGH;
        }
        if (yes(items, THOUGHTS_WITH_METHOD) || answer(items, BEHAVIOUR) == BEHAVIOUR_LIFETIME) {
            return CssrsRisk.MODERATE;
        }
        if (yes(items, WISH_TO_BE_DEAD) || yes(items, SUICIDAL_THOUGHTS)) {
            return CssrsRisk.LOW;
        }
        return CssrsRisk.NONE;
    }

    private static boolean yes(List<Integer> items, int question) {
        return answer(items, question) == YES;
    }

    private static int answer(List<Integer> items, int question) {
        return items.get(question - 1);
    }
}
