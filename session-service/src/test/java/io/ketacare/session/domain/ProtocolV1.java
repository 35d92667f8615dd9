package io.ketacare.session.domain;

import io.ketacare.session.domain.protocol.RouteRule;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.math.BigDecimal;
import java.util.List;

/** The seeded session protocol version 1 (V1__session_protocol.sql), for the rule tests without a database. */
public final class ProtocolV1 {

    private ProtocolV1() {
    }

    public static SessionProtocol protocol() {
        SessionProtocol p = new SessionProtocol();
        p.version = 1;
        p.maxSystolic = 140;
        p.maxDiastolic = 90;
        p.maxHeartRate = 110;
        p.minSpo2 = 94;
        p.fastingFoodMinutes = 120;
        p.bloodPressureOverrideAllowed = false;
        p.alertRepeatSystolic = 180;
        p.alertRepeatDiastolic = 110;
        p.alertRepeatWindowMinutes = 5;
        p.alertOnceSystolic = 200;
        p.alertOnceDiastolic = 120;
        p.alertHeartRate = 120;
        p.alertSpo2 = 90;
        p.dischargeMoaas = 5;
        p.dischargeBaselineTolerancePercent = new BigDecimal("20.00");
        p.doseRecordMaxAgeMinutes = 240;
        p.remsDueDays = 7;
        p.clockSkewMinutes = 2;
        p.chartingAllowanceMinutes = 15;
        p.dischargeEvidenceMinutes = 15;
        p.dischargeMinSystolic = 90;
        p.dischargeMinDiastolic = 50;
        p.dischargeMinHeartRate = 50;
        p.dischargeMinRespiratoryRate = 10;
        p.remsSessionCloseMinutes = 360;
        p.remsBpWindowFromMinutes = 30;
        p.remsBpWindowToMinutes = 50;
        p.routes = List.of(RouteRule.of(Route.IV, 60, 40, "5.00", null, 0), RouteRule.of(Route.IM, 60, 5, "5.00", null, 0),
                RouteRule.of(Route.ORAL_LOZENGE, 60, 20, "5.00", null, 0), RouteRule.of(Route.INTRANASAL, 120, 15, "0.00", "28,56,84", 30));
        p.routes.forEach(r -> r.protocolVersion = 1);
        p.preDoseCheckValidMinutes = 60;
        p.weightChangePercent = 10;
        p.infusionToleranceMinutes = 5;
        p.routes.forEach(r -> r.maxDoseMg = new BigDecimal(r.route == Route.ORAL_LOZENGE ? "300" : r.route == Route.INTRANASAL ? "84" : "150"));
        p.routes.forEach(r -> r.deviceIntervalMinutes = r.route == Route.INTRANASAL ? 5 : 0);
        p.alertMoaas = 2;
        p.vitalsGraceMinutes = 5;
        p.routes.forEach(r -> r.vitalsDueMinutes = "0,40");
        p.rule(Route.IV).vitalsDosingIntervalMinutes = 10;
        p.rule(Route.IV).vitalsObservationIntervalMinutes = 15;
        return p;
    }
}
