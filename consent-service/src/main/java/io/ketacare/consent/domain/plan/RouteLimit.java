package io.ketacare.consent.domain.plan;

import io.ketacare.consent.domain.document.Route;
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

/** One row of the versioned route protocol: the dose limits of a route in one unit. */
@Entity
@org.hibernate.annotations.Immutable
@IdClass(RouteLimit.Key.class)
@Table(name = "route_protocol")
public class RouteLimit {

    /** The composite key: protocol version, route and unit. */
    public static class Key implements Serializable {
        public int protocolVersion;
        public Route route;
        public DoseUnit doseUnit;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.protocolVersion == protocolVersion && k.route == route && k.doseUnit == doseUnit;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(protocolVersion, route, doseUnit);
        }
    }

    @Id
    @Column(name = "protocol_version")
    public int protocolVersion;
    @Id
    @Enumerated(EnumType.STRING)
    public Route route;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "dose_unit")
    public DoseUnit doseUnit;
    @Column(name = "min_dose", nullable = false)
    public BigDecimal minDose;
    @Column(name = "max_dose", nullable = false)
    public BigDecimal maxDose;
    @Column(name = "allowed_doses")
    public String allowedDoses;
    @Column(name = "first_induction_dose")
    public BigDecimal firstInductionDose;
    @Column(name = "infusion_min_minutes")
    public Integer infusionMinMinutes;
    @Column(name = "infusion_max_minutes")
    public Integer infusionMaxMinutes;
    @Column(name = "infusion_default_minutes")
    public Integer infusionDefaultMinutes;

    public static RouteLimit of(int version, Route route, DoseUnit unit, String min, String max) {
        RouteLimit limit = new RouteLimit();
        limit.protocolVersion = version;
        limit.route = route;
        limit.doseUnit = unit;
        limit.minDose = new BigDecimal(min);
        limit.maxDose = new BigDecimal(max);
        return limit;
    }

    /** Doses allowed one by one (intranasal: 28, 56, 84 mg); empty when any dose in the range is allowed. */
    public List<BigDecimal> allowed() {
        return allowedDoses == null ? List.of() : Arrays.stream(allowedDoses.split(",")).map(String::trim).map(BigDecimal::new).toList();
    }

    public boolean isInfusion() {
        return infusionMinMinutes != null;
    }
}
