package io.ketacare.session.domain.session;

import io.ketacare.session.domain.Route;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A booked treatment session: its period, its state and what authorized it. */
@Entity
@Table(name = "session")
public class Session {

    @Id
    public UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;
    @Column(name = "room_id", nullable = false)
    public UUID roomId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Route route;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "authorization_status", nullable = false)
    public AuthorizationStatus authorizationStatus;
    @Column(name = "authorization_note")
    public String authorizationNote;
    @Column(name = "starts_at", nullable = false)
    public Instant start;
    @Column(name = "ends_at", nullable = false)
    public Instant end;
    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;
    @Column(name = "series_id", updatable = false)
    public UUID seriesId;
    @Column(name = "protocol_version", nullable = false)
    public int protocolVersion;
    @Column(name = "consent_id")
    public UUID consentId;
    @Column(name = "plan_version")
    public Integer planVersion;
    @Column(name = "checked_in_at")
    public Instant checkedInAt;
    @Column(name = "checked_in_by")
    public String checkedInBy;
    @Column(name = "discharged_at")
    public Instant dischargedAt;
    @Column(name = "discharged_by")
    public String dischargedBy;
    @Column(name = "dissociation_attestation")
    public String dissociationAttestation;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "end_reason")
    public String endReason;
    /** Where the patient went when a dosed session was aborted (null otherwise), and the clinician who decided. */
    @Enumerated(EnumType.STRING)
    public Disposition disposition;
    @Column(name = "disposition_by")
    public String dispositionBy;
    @Column(name = "rems_submitted_at")
    public Instant remsSubmittedAt;
    @Column(name = "rems_reference")
    public String remsReference;
    @Column(name = "booked_by", nullable = false, updatable = false)
    public String bookedBy;
    @Column(name = "booked_at", nullable = false, updatable = false)
    public Instant bookedAt;
    @Version
    public long version;

    public static Session book(Slot slot, UUID seriesId, int protocolVersion, String by, Instant at) {
        Session s = new Session();
        s.id = UUID.randomUUID();
        s.patientId = slot.patientId();
        s.planId = slot.planId();
        s.roomId = slot.roomId();
        s.route = slot.route();
        s.status = SessionStatus.SCHEDULED;
        s.authorizationStatus = AuthorizationStatus.UNVERIFIED;
        s.start = slot.start();
        s.end = slot.end();
        s.durationMinutes = slot.durationMinutes();
        s.seriesId = seriesId;
        s.protocolVersion = protocolVersion;
        s.bookedBy = by;
        s.bookedAt = at;
        return s;
    }

    public void moveTo(SessionStatus next) {
        SessionTransitions.require(status, next);
        status = next;
    }

    public void reschedule(UUID newRoom, Instant newStart, int minutes) {
        SessionTransitions.requireState(status, java.util.EnumSet.of(SessionStatus.SCHEDULED), "reschedule");
        roomId = newRoom;
        start = newStart;
        durationMinutes = minutes;
        end = newStart.plus(Duration.ofMinutes(minutes));
    }

    public void checkIn(UUID consent, int authorizedPlanVersion, String by, Instant at) {
        moveTo(SessionStatus.CHECKED_IN);
        authorizationStatus = AuthorizationStatus.AUTHORIZED;
        authorizationNote = null;
        consentId = consent;
        planVersion = authorizedPlanVersion;
        checkedInBy = by;
        checkedInAt = at;
    }

    public void end(SessionStatus how, String reason, Disposition where, String by, Instant at) {
        moveTo(how);
        endReason = reason;
        endedAt = at;
        if (where != null) {
            disposition = where;
            dispositionBy = by;
        }
    }

    /** Consent or plan lapsed since booking: flagged on a session that has not started. */
    public boolean loseAuthorization(String why) {
        if (status != SessionStatus.SCHEDULED || authorizationStatus == AuthorizationStatus.AUTHORIZATION_LOST) {
            return false;
        }
        authorizationStatus = AuthorizationStatus.AUTHORIZATION_LOST;
        authorizationNote = why;
        return true;
    }
}
