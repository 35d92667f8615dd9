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
    }
}
