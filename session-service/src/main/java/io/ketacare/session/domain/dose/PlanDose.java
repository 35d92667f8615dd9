package io.ketacare.session.domain.dose;

import io.ketacare.session.domain.Route;
import java.math.BigDecimal;

/** The dose rule of the active plan version, as consent-service states it. */
public record PlanDose(Route route, String unit, BigDecimal value, BigDecimal firstDoseMg, int planVersion) {

    public static final String MG_PER_KG = "MG_PER_KG";

    public boolean perKg() {
        return MG_PER_KG.equals(unit);
    }
}
