package io.ketacare.consent.api;

import java.math.BigDecimal;

/** Decimals as written by a person: 0.5, 40, 56 — never 0.500 or 4E+1. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
