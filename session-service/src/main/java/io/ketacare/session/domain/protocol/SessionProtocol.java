package io.ketacare.session.domain.protocol;

import io.ketacare.session.domain.Route;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One published version of the session protocol: the numbers every session gate reads. */
@Entity
@Table(name = "session_protocol")
public class SessionProtocol {

    @Id
    public int version;
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
    @Column(name = "published_by", nullable = false)
    public String publishedBy;
    @Column(name = "max_systolic", nullable = false)
    public int maxSystolic;
    @Column(name = "max_diastolic", nullable = false)
    public int maxDiastolic;
    @Column(name = "max_heart_rate", nullable = false)
    public int maxHeartRate;
    @Column(name = "min_spo2", nullable = false)
    public int minSpo2;
    @Column(name = "fasting_food_minutes", nullable = false)
    public int fastingFoodMinutes;
    @Column(name = "bp_override_allowed", nullable = false)
    public boolean bloodPressureOverrideAllowed;
    @Column(name = "alert_repeat_systolic", nullable = false)
    public int alertRepeatSystolic;
    @Column(name = "alert_repeat_diastolic", nullable = false)
    public int alertRepeatDiastolic;
    @Column(name = "alert_repeat_window_minutes", nullable = false)
    public int alertRepeatWindowMinutes;
    @Column(name = "alert_once_systolic", nullable = false)
    public int alertOnceSystolic;
    @Column(name = "alert_once_diastolic", nullable = false)
    public int alertOnceDiastolic;
    @Column(name = "alert_heart_rate", nullable = false)
    public int alertHeartRate;
    @Column(name = "alert_spo2", nullable = false)
    public int alertSpo2;
    @Column(name = "discharge_moaas", nullable = false)
    public int dischargeMoaas;
    @Column(name = "discharge_baseline_tolerance_percent", nullable = false)
    public BigDecimal dischargeBaselineTolerancePercent;
    @Column(name = "dose_record_max_age_minutes", nullable = false)
    public int doseRecordMaxAgeMinutes;
    @Column(name = "rems_due_days", nullable = false)
    public int remsDueDays;
    @Column(name = "clock_skew_minutes", nullable = false)
    public int clockSkewMinutes;
    @Column(name = "charting_allowance_minutes", nullable = false)
    public int chartingAllowanceMinutes;
    @Column(name = "pre_dose_check_valid_minutes", nullable = false)
    public int preDoseCheckValidMinutes;
    @Column(name = "weight_change_percent", nullable = false)
    public int weightChangePercent;
    @Column(name = "infusion_tolerance_minutes", nullable = false)
    public int infusionToleranceMinutes;
    @Column(name = "discharge_evidence_minutes", nullable = false)
    public int dischargeEvidenceMinutes;
    @Column(name = "discharge_min_systolic", nullable = false)
    public int dischargeMinSystolic;
    @Column(name = "discharge_min_diastolic", nullable = false)
    public int dischargeMinDiastolic;
    @Column(name = "discharge_min_heart_rate", nullable = false)
    public int dischargeMinHeartRate;
    @Column(name = "discharge_min_respiratory_rate", nullable = false)
    public int dischargeMinRespiratoryRate;
    @Column(name = "alert_moaas", nullable = false)
    public int alertMoaas;
    @Column(name = "vitals_grace_minutes", nullable = false)
    public int vitalsGraceMinutes;
    @Column(name = "rems_session_close_minutes", nullable = false)
    public int remsSessionCloseMinutes;
    @Column(name = "rems_bp_window_from_minutes", nullable = false)
    public int remsBpWindowFromMinutes;
    @Column(name = "rems_bp_window_to_minutes", nullable = false)
    public int remsBpWindowToMinutes;
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @JoinColumn(name = "protocol_version")
    public List<RouteRule> routes = new ArrayList<>();

    public RouteRule rule(Route route) {
        return routes.stream().filter(r -> r.route == route).findFirst()
                .orElseThrow(() -> new IllegalStateException("Session protocol " + version + " has no rule for " + route));
    }

    /** How far a client-supplied time may lie ahead of the server's clock. */
    public java.time.Duration clockSkew() {
        return java.time.Duration.ofMinutes(clockSkewMinutes);
    }

    /** A fact charted more than this after it happened is a late entry. */
    public java.time.Duration chartingAllowance() {
        return java.time.Duration.ofMinutes(chartingAllowanceMinutes);
    }

    /** Discharge evidence (vitals, MOAA/S, CADSS) older than this before the discharge does not count. */
    public java.time.Duration dischargeEvidence() {
        return java.time.Duration.ofMinutes(dischargeEvidenceMinutes);
    }

    /** The shortest booking for the route: time to give the dose plus the minimum observation. */
    public int minimumBookingMinutes(Route route) {
        RouteRule rule = rule(route);
        return rule.dosingMinutes + rule.minimumObservationMinutes;
    }
}
