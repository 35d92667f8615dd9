package io.ketacare.consent.domain.plan;

import io.ketacare.consent.domain.document.Route;
import java.math.BigDecimal;
import java.util.List;

/** The route protocol version 1 as seeded by Flyway, built in code for the unit tests. */
final class ProtocolV1 {

    private ProtocolV1() {
    }

    static DoseProtocol protocol() {
        RouteLimit iv = RouteLimit.of(1, Route.IV, DoseUnit.MG_PER_KG, "0.1", "1.0");
        iv.infusionMinMinutes = 2;
        iv.infusionMaxMinutes = 100;
        iv.infusionDefaultMinutes = 40;
        RouteLimit intranasal = RouteLimit.of(1, Route.INTRANASAL, DoseUnit.MG, "28", "84");
        intranasal.allowedDoses = "28,56,84";
        intranasal.firstInductionDose = new BigDecimal("56");
        return new DoseProtocol(1, List.of(iv, RouteLimit.of(1, Route.IM, DoseUnit.MG_PER_KG, "0.1", "1.0"),
                RouteLimit.of(1, Route.ORAL_LOZENGE, DoseUnit.MG_PER_KG, "0.25", "7.0"),
                RouteLimit.of(1, Route.ORAL_LOZENGE, DoseUnit.MG, "25", "300"), intranasal));
    }

    static DoseRule dose(Route route, DoseUnit unit, String value) {
        return new DoseRule(route, unit, new BigDecimal(value), null, null);
    }
}
