package io.ketacare.patient.api;

import io.ketacare.platform.problem.ProblemException;
import java.util.Arrays;

/** Query parameters naming an enum value: an unknown name is a 400 naming the parameter and the allowed values. */
final class Params {

    private Params() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(parameter,
                        "unknown value " + value + "; one of " + Arrays.toString(type.getEnumConstants())));
    }
}
