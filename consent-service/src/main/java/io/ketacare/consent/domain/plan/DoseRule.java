package io.ketacare.consent.domain.plan;

import io.ketacare.consent.domain.document.Route;
import java.math.BigDecimal;

/** What a draft plan prescribes: route, dose in a unit, the first induction dose and the infusion duration. */
public record DoseRule(Route route, DoseUnit unit, BigDecimal dose, BigDecimal firstDoseMg, Integer infusionMinutes) {
}
