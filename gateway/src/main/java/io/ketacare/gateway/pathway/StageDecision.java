package io.ketacare.gateway.pathway;

import java.util.List;

/** A stage and the facts that put the patient there. */
public record StageDecision(Stage stage, List<String> basis) {

    static StageDecision of(Stage stage, String... basis) {
        return new StageDecision(stage, List.of(basis));
    }
}
