package io.ketacare.session.domain.dose;

import io.ketacare.session.domain.Route;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The dose given in a session (one per session: the primary key is the session). */
@Entity
@Table(name = "dose_administration")
public class DoseAdministration {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;
    @Column(name = "dose_mg", nullable = false)
    public BigDecimal doseMg;
    @Column(name = "mg_per_kg")
    public BigDecimal mgPerKg;
    @Column(name = "weight_kg")
    public BigDecimal weightKg;
    @Column(name = "lot_number", nullable = false)
    public String lotNumber;
    public Integer devices;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(name = "plan_version", nullable = false)
    public int planVersion;
    @Column(name = "consent_id")
    public UUID consentId;
    @Column(name = "given_by", nullable = false)
    public String givenBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    /** Charted more than the protocol's charting allowance after it happened (the start, or the end at dose completion). */
    @Column(name = "late_entry", nullable = false)
    public boolean lateEntry;
    @Column(name = "late_entry_reason")
    public String lateEntryReason;
    @Column(name = "late_entry_by")
    public String lateEntryBy;
    /** When the server received endedAt: with the dose, or at dose completion. */
    @Column(name = "end_recorded_at")
    public Instant endRecordedAt;
    /** The plan's infusion minutes at the time of the dose (infusions only). */
    @Column(name = "planned_infusion_minutes")
    public Integer plannedInfusionMinutes;
    /** Intranasal: when each device was given, ISO instants separated by commas, first = startedAt. */
    @Column(name = "device_times")
    public String deviceTimes;

    public List<Instant> deviceTimes() {
        return deviceTimes == null || deviceTimes.isBlank() ? List.of() : Arrays.stream(deviceTimes.split(",")).map(Instant::parse).toList();
    }

    public static String deviceTimes(List<Instant> times) {
        return times == null || times.isEmpty() ? null : String.join(",", times.stream().map(Instant::toString).toList());
    }

    /**
     * When the minimum observation starts: the later of the charted end of dosing and the server's receipt of that end
     * less the charting allowance. A dose end charted long after the fact thus never shortens the observation by more
     * than the allowance.
     */
    public Instant observationStartsAt(Duration chartingAllowance) {
        if (endedAt == null) {
            throw new IllegalStateException("the dose of session " + sessionId + " has not ended");
        }
        Instant received = endRecordedAt != null ? endRecordedAt : recordedAt;
        Instant fromReceipt = received.minus(chartingAllowance);
        return fromReceipt.isAfter(endedAt) ? fromReceipt : endedAt;
    }
}
