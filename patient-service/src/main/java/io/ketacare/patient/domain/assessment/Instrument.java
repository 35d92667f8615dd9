package io.ketacare.patient.domain.assessment;

import java.util.Arrays;
import java.util.Optional;

/** The scored instruments; their items, bands and codes are in {@link InstrumentDefinitions}. */
public enum Instrument {
    PHQ9, GAD7, PCL5, MADRS, CSSRS_SCREEN;

    public static Optional<Instrument> parse(String name) {
        return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
    }

    public InstrumentDefinition definition() {
        return InstrumentDefinitions.of(this);
    }
}
