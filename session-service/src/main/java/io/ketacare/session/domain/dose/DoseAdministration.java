package io.ketacare.session.domain.dose;

import io.ketacare.session.domain.Route;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
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
}
