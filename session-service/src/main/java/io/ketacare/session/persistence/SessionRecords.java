package io.ketacare.session.persistence;

import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.monitoring.AdverseEvent;
import io.ketacare.session.domain.monitoring.SessionAlert;
import io.ketacare.session.domain.monitoring.SessionScore;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.predose.PreDoseCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of what was recorded during a session. */
@ApplicationScoped
public class SessionRecords {

    @Inject
    EntityManager em;

    /** The latest passed pre-dose check of the session: the one the gates and the monitoring record use. */
    public Optional<PreDoseCheck> preDoseCheck(UUID sessionId) {
        return em.createQuery("from PreDoseCheck where sessionId = ?1 and passed order by checkedAt desc, id desc", PreDoseCheck.class)
                .setParameter(1, sessionId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The latest pre-dose check of the session, passed or failed. */
    public Optional<PreDoseCheck> latestPreDoseCheckAttempt(UUID sessionId) {
        return em.createQuery("from PreDoseCheck where sessionId = ?1 order by checkedAt desc, id desc", PreDoseCheck.class)
                .setParameter(1, sessionId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The patient's latest passed pre-dose check in any session: the last recorded weight. */
    public Optional<PreDoseCheck> latestPreDoseCheckOfPatient(UUID patientId) {
        return em.createQuery("select c from PreDoseCheck c where c.passed and c.sessionId in (select s.id from Session s where s.patientId = ?1)"
                        + " order by c.checkedAt desc, c.id desc", PreDoseCheck.class)
                .setParameter(1, patientId).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<DoseAdministration> dose(UUID sessionId) {
        return Optional.ofNullable(em.find(DoseAdministration.class, sessionId));
    }

    public List<VitalReading> vitals(UUID sessionId) {
        return em.createQuery("from VitalReading where sessionId = ?1 order by measuredAt, id", VitalReading.class)
                .setParameter(1, sessionId).getResultList();
    }

    public List<SessionAlert> alerts(UUID sessionId) {
        return em.createQuery("from SessionAlert where sessionId = ?1 order by raisedAt, id", SessionAlert.class)
                .setParameter(1, sessionId).getResultList();
    }

    public List<SessionScore> scores(UUID sessionId) {
        return em.createQuery("from SessionScore where sessionId = ?1 order by measuredAt, id", SessionScore.class)
                .setParameter(1, sessionId).getResultList();
    }

    public List<AdverseEvent> adverseEvents(UUID sessionId) {
        return em.createQuery("from AdverseEvent where sessionId = ?1 order by onsetAt, id", AdverseEvent.class)
                .setParameter(1, sessionId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** Number of doses given so far under a plan (the first intranasal induction dose differs). */
    public long dosesUnderPlan(UUID planId) {
        return em.createQuery("select count(d) from DoseAdministration d where d.planId = ?1", Long.class)
                .setParameter(1, planId).getSingleResult();
    }

    /** The session's readings stored under these sender's ids. */
    public List<VitalReading> vitalsByClientReadingIds(UUID sessionId, java.util.Collection<String> clientReadingIds) {
        return em.createQuery("from VitalReading where sessionId = ?1 and clientReadingId in ?2", VitalReading.class)
                .setParameter(1, sessionId).setParameter(2, clientReadingIds).getResultList();
    }

    /** The session's readings with a blood pressure, in time order. */
    public List<VitalReading> bloodPressures(UUID sessionId) {
        return em.createQuery("from VitalReading where sessionId = ?1 and systolic is not null and diastolic is not null"
                        + " order by measuredAt, id", VitalReading.class)
                .setParameter(1, sessionId).getResultList();
    }

    /** The sessions in DOSING or MONITORING, whose vitals schedule is running. */
    public List<UUID> sessionsBeingMonitored() {
        return em.createQuery("select id from Session where status in ?1 order by id", UUID.class)
                .setParameter(1, List.of(io.ketacare.session.domain.session.SessionStatus.DOSING,
                        io.ketacare.session.domain.session.SessionStatus.MONITORING)).getResultList();
    }
}
