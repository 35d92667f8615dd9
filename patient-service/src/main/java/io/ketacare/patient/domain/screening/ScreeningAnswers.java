package io.ketacare.patient.domain.screening;

import java.util.Optional;

/** The contraindication questions asked at screening. Rules name a question by its code. */
public record ScreeningAnswers(Answer pregnant, Answer breastfeeding, Answer ketamineHypersensitivity,
        Answer activePsychosisOrMania) {

    public static final String PREGNANT = "PREGNANT";
    public static final String BREASTFEEDING = "BREASTFEEDING";
    public static final String KETAMINE_HYPERSENSITIVITY = "KETAMINE_HYPERSENSITIVITY";
    public static final String ACTIVE_PSYCHOSIS_OR_MANIA = "ACTIVE_PSYCHOSIS_OR_MANIA";

    /** The answer to a question code; empty when this service does not ask that question. */
    public Optional<Answer> to(String question) {
        return Optional.ofNullable(switch (question) {
            case PREGNANT -> pregnant;
            case BREASTFEEDING -> breastfeeding;
            case KETAMINE_HYPERSENSITIVITY -> ketamineHypersensitivity;
            case ACTIVE_PSYCHOSIS_OR_MANIA -> activePsychosisOrMania;
            default -> null;
        });
    }
}
