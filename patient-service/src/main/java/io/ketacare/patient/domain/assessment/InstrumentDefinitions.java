package io.ketacare.patient.domain.assessment;

import java.util.Collections;
import java.util.List;

/** The instrument table: items, ranges, bands, flags, codes and progress thresholds (clinical-rules.md, Instruments). */
public final class InstrumentDefinitions {

    public static final String LOINC = "http://loinc.org";
    public static final String LOCAL = "https://ketacare.dev/codes/instruments";

    public static final int PHQ9_SUICIDAL_IDEATION_ITEM = 9;
    public static final int PHQ9_REMISSION_MAX = 4;
    public static final int PHQ9_RELAPSE_RISE = 5;
    public static final int GAD7_REMISSION_MAX = 4;
    public static final int MADRS_REMISSION_MAX = 10;
    public static final int PCL5_PROBABLE_PTSD_MIN = 31;

    static final InstrumentDefinition PHQ9 = new InstrumentDefinition(Instrument.PHQ9, "PHQ-9", "PHQ-9 (1999)", LOINC,
            "44249-1", "44261-6", same(9, 3), true,
            new SumScorer(List.of(new Band("MINIMAL", 0, 4), new Band("MILD", 5, 9), new Band("MODERATE", 10, 14),
                    new Band("MODERATELY_SEVERE", 15, 19), new Band("SEVERE", 20, 27)),
                    List.of(new ItemFlag(PHQ9_SUICIDAL_IDEATION_ITEM, 0, Flag.SUICIDAL_IDEATION))),
            true, PHQ9_REMISSION_MAX, PHQ9_RELAPSE_RISE);

    static final InstrumentDefinition GAD7 = new InstrumentDefinition(Instrument.GAD7, "GAD-7", "GAD-7 (2006)", LOINC,
            "69737-5", "70274-6", same(7, 3), true,
            new SumScorer(List.of(new Band("MINIMAL", 0, 4), new Band("MILD", 5, 9), new Band("MODERATE", 10, 14),
                    new Band("SEVERE", 15, 21)), List.of()),
            true, GAD7_REMISSION_MAX, null);

    static final InstrumentDefinition PCL5 = new InstrumentDefinition(Instrument.PCL5, "PCL-5", "PCL-5 (2013)", LOINC,
            "101697-1", "101698-9", same(20, 4), true,
            new SumScorer(List.of(new Band("BELOW_THRESHOLD", 0, PCL5_PROBABLE_PTSD_MIN - 1),
                    new Band("PROBABLE_PTSD", PCL5_PROBABLE_PTSD_MIN, 80)), List.of()),
            true, null, null);

    static final InstrumentDefinition MADRS = new InstrumentDefinition(Instrument.MADRS, "MADRS", "MADRS (1979)", LOCAL,
            "MADRS", "MADRS-TOTAL", same(10, 6), false,
            new SumScorer(List.of(new Band("NORMAL", 0, 6), new Band("MILD", 7, 19), new Band("MODERATE", 20, 34),
                    new Band("SEVERE", 35, 60)), List.of()),
            true, MADRS_REMISSION_MAX, null);

    static final InstrumentDefinition CSSRS_SCREEN = new InstrumentDefinition(Instrument.CSSRS_SCREEN,
            "C-SSRS screener", "C-SSRS Screen Version (2008)", LOCAL, "CSSRS-SCREEN", "CSSRS-SCREEN-RISK",
            List.of(1, 1, 1, 1, 1, CssrsScorer.BEHAVIOUR_PAST_3_MONTHS), false, new CssrsScorer(), false, null, null);

    private InstrumentDefinitions() {
    }

    static InstrumentDefinition of(Instrument instrument) {
        return switch (instrument) {
            case PHQ9 -> PHQ9;
            case GAD7 -> GAD7;
            case PCL5 -> PCL5;
            case MADRS -> MADRS;
            case CSSRS_SCREEN -> CSSRS_SCREEN;
        };
    }

    private static List<Integer> same(int items, int max) {
        return Collections.nCopies(items, max);
    }
}
