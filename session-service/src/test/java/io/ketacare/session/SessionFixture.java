package io.ketacare.session;

import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.predose.PreDoseCheck;
import io.ketacare.session.domain.predose.PregnancyTest;
import io.ketacare.session.domain.session.AuthorizationStatus;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts a booked session of this service's own database in a later state, for tests of what
 * happens after check-in (vitals, scores, discharge) that are not about consent-service. The
 * check-in and dose gates themselves are tested through the real consent-service.
 */
@ApplicationScoped
public class SessionFixture {

    @Inject
    EntityManager em;

    @Inject
    io.ketacare.session.domain.room.Rooms rooms;

    @Inject
    io.ketacare.session.domain.session.Bookings bookings;

    /** Books a session for the patient in a new room on a day of its own, as scheduler1 would (without asking consent-service for the plan). */
    public UUID bookDirectly(UUID patientId) {
        return bookDirectly(new io.ketacare.session.domain.session.Slot(patientId, UUID.randomUUID(), fixtureRoom(),
                io.ketacare.session.domain.Route.INTRANASAL, io.ketacare.session.api.SessionApi.freshDay(), 150));
    }

    @Transactional
    public void checkedIn(UUID sessionId) {
        Session s = em.find(Session.class, sessionId);
        s.status = SessionStatus.CHECKED_IN;
        s.authorizationStatus = AuthorizationStatus.AUTHORIZED;
        s.planVersion = 1;
        s.checkedInAt = Instant.now();
    }

    /** Checked in, pre-dose check passed (128/82, HR 76), 56 mg intranasal given from {@code doseStart} to {@code doseEnd}. */
    @Transactional
    public void monitoring(UUID sessionId, Instant doseStart, Instant doseEnd) {
        checkedIn(sessionId);
        Session s = em.find(Session.class, sessionId);
        PreDoseCheck c = new PreDoseCheck();
        c.sessionId = sessionId;
        c.systolic = 128;
        c.diastolic = 82;
        c.heartRate = 76;
        c.spo2 = 98;
        c.weightKg = new BigDecimal("72.5");
        c.lastFoodAt = doseStart.minusSeconds(4 * 3600);
        c.lastLiquidAt = doseStart.minusSeconds(3600);
        c.escortConfirmed = true;
        c.pregnancyTest = PregnancyTest.NOT_APPLICABLE;
        c.checkedBy = "nurse1";
        c.checkedAt = doseStart.minusSeconds(600);
        em.persist(c);
        DoseAdministration d = new DoseAdministration();
        d.sessionId = sessionId;
        d.route = s.route;
        d.doseMg = new BigDecimal("56");
        d.devices = 2;
        d.lotNumber = "LOT-TEST-1";
        d.startedAt = doseStart;
        d.endedAt = doseEnd;
        d.planId = s.planId;
        d.planVersion = 1;
        d.givenBy = "nurse1";
        d.recordedAt = doseStart;
        em.persist(d);
        s.status = SessionStatus.MONITORING;
        // the dose end reached the server when it happened (not a late entry); the pre-dose check's id is generated
        d.endRecordedAt = doseEnd;
        // checked in before the pre-dose check, so that what the tests chart after the dose start follows the check-in
        s.checkedInAt = c.checkedAt.minusSeconds(600);
    }

    /** Persists the booked session as scheduler1 would book it, without the booking checks (the plan is not asked of consent-service). */
    @Transactional
    public UUID bookDirectly(io.ketacare.session.domain.session.Slot slot) {
        Session s = Session.book(slot, null, protocols.current().version, "scheduler1", Instant.now());
        em.persist(s);
        em.flush();
        em.persist(io.ketacare.session.domain.session.SessionEvent.of(s, "BOOKED", null, "scheduler1", s.bookedAt));
        return s.id;
    }

    /** A new room of the fixture clinic (in the configured default time zone). */
    public UUID fixtureRoom() {
        return rooms.register("Fixture room " + UUID.randomUUID(), "Fixture clinic", null, java.util.Set.of()).id;
    }

    @Inject
    io.ketacare.session.domain.protocol.SessionProtocols protocols;
}
