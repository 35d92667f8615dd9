package io.ketacare.session.domain.protocol;

import io.ketacare.session.domain.Route;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The per-route numbers of a session protocol version. */
@Entity
@IdClass(RouteRule.Key.class)
@Table(name = "session_protocol_route")
public class RouteRule {

    /** Composite key: protocol version and route. */
    public static class Key implements Serializable {
        public int protocolVersion;
        public Route route;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.protocolVersion == protocolVersion && k.route == route;
        }

        @Override
        public int hashCode() {
            return Objects.hash(protocolVersion, route);
        }
    }

    @Id
    @Column(name = "protocol_version")
    public int protocolVersion;
    @Id
    @Enumerated(EnumType.STRING)
    public Route route;
    @Column(name = "minimum_observation_minutes", nullable = false)
    public int minimumObservationMinutes;
    @Column(name = "dosing_minutes", nullable = false)
    public int dosingMinutes;
    @Column(name = "dose_tolerance_percent", nullable = false)
    public BigDecimal doseTolerancePercent;
    @Column(name = "allowed_fixed_doses_mg")
    public String allowedFixedDosesMg;
    @Column(name = "fasting_liquid_minutes", nullable = false)
    public int fastingLiquidMinutes;
    /** Devices of a fixed-dose route (intranasal) are given at least this many minutes apart; 0: no devices. */
    @Column(name = "device_interval_minutes", nullable = false)
    public int deviceIntervalMinutes;
    /** The absolute ceiling of one dose by this route, mg, whatever the plan says. */
    @Column(name = "max_dose_mg", nullable = false)
    public BigDecimal maxDoseMg;
    /** Vitals time points, minutes after the dose start, comma-separated (e.g. "0,40"). */
    @Column(name = "vitals_due_minutes", nullable = false)
    public String vitalsDueMinutes;
    /** During dosing (an infusion), vitals every this many minutes from the start until its end; 0: none. */
    @Column(name = "vitals_dosing_interval_minutes", nullable = false)
    public int vitalsDosingIntervalMinutes;
    /** After the end of dosing, vitals every this many minutes until the minimum observation has elapsed; 0: none. */
    @Column(name = "vitals_observation_interval_minutes", nullable = false)
    public int vitalsObservationIntervalMinutes;

    public static RouteRule of(Route route, int observation, int dosing, String tolerance, String allowed, int liquid) {
        RouteRule rule = new RouteRule();
        rule.route = route;
        rule.minimumObservationMinutes = observation;
        rule.dosingMinutes = dosing;
        rule.doseTolerancePercent = new BigDecimal(tolerance);
        rule.allowedFixedDosesMg = allowed;
        rule.fastingLiquidMinutes = liquid;
        return rule;
    }

    /** Fixed doses allowed one by one (intranasal: 28, 56, 84 mg); empty when the plan's dose rule decides. */
    public List<BigDecimal> allowedFixedDoses() {
        return allowedFixedDosesMg == null || allowedFixedDosesMg.isBlank() ? List.of()
                : Arrays.stream(allowedFixedDosesMg.split(",")).map(String::trim).map(BigDecimal::new).toList();
    }

    /** The vitals time points after the dose start, minutes, in the protocol's order. */
    public List<Integer> vitalsDue() {
        return vitalsDueMinutes == null || vitalsDueMinutes.isBlank() ? List.of()
                : Arrays.stream(vitalsDueMinutes.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
