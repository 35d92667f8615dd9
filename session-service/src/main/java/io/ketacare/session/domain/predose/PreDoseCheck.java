package io.ketacare.session.domain.predose;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A pre-dose check of a session: the baseline vitals and the checklist. A session may be checked again (the check
 * expires); every check is kept, failed ones too, and the latest passed one is the one the gates and the monitoring
 * record use.
 */
@Entity
@Table(name = "pre_dose_check")
public class PreDoseCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;
    @Column(nullable = false)
    public int systolic;
    @Column(nullable = false)
    public int diastolic;
    @Column(name = "heart_rate", nullable = false)
    public int heartRate;
    @Column(nullable = false)
    public int spo2;
    @Column(name = "weight_kg", nullable = false)
    public BigDecimal weightKg;
    @Column(name = "last_food_at", nullable = false)
    public Instant lastFoodAt;
    @Column(name = "last_liquid_at", nullable = false)
    public Instant lastLiquidAt;
    @Column(name = "escort_confirmed", nullable = false)
    public boolean escortConfirmed;
    @Enumerated(EnumType.STRING)
    @Column(name = "pregnancy_test", nullable = false)
    public PregnancyTest pregnancyTest;
    @Column(name = "new_interacting_medication", nullable = false)
    public boolean newInteractingMedication;
    @Column(name = "new_medication_details")
    public String newMedicationDetails;
    @Column(nullable = false)
    public boolean benzodiazepines;
    @Column(name = "sedative_hypnotics", nullable = false)
    public boolean sedativeHypnotics;
    @Column(nullable = false)
    public boolean psychostimulants;
    @Column(nullable = false)
    public boolean maois;
    @Column(nullable = false)
    public boolean opioids;
    @Column(name = "bp_override_reason")
    public String bloodPressureOverrideReason;
    @Column(name = "checked_by", nullable = false)
    public String checkedBy;
    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;
    /** The patient's last recorded weight before this check (null for the first check of the patient). */
    @Column(name = "previous_weight_kg")
    public BigDecimal previousWeightKg;
    /** The clinician who confirmed a weight that changed beyond the protocol's limit, and why. */
    @Column(name = "weight_confirmed_by")
    public String weightConfirmedBy;
    @Column(name = "weight_confirmation_reason")
    public String weightConfirmationReason;
    /** Whether the check passed; a failed one is kept, and after it the dose waits for a check that passes. */
    @Column(nullable = false)
    public boolean passed = true;
    /** The codes of the criteria a failed check did not meet. */
    @Column(name = "failed_criteria")
    public String failedCriteria;
}
