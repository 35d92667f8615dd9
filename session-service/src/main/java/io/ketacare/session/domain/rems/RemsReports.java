package io.ketacare.session.domain.rems;

import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.SessionEvent;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.persistence.SessionEventRepository;
import io.ketacare.session.persistence.SessionRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import io.ketacare.session.domain.protocol.SessionProtocol;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** REMS monitoring forms of intranasal sessions: which are due, overdue or submitted, and recording the submission. */
@ApplicationScoped
public class RemsReports {

    /** One form and where it stands; sessionNotClosed: dosed but not discharged or aborted in time. */
    public record Report(Session session, LocalDate dueDate, RemsStatus status, boolean sessionNotClosed) {
    }

    @Inject
    EntityManager em;

    @Inject
    SessionRecords records;

    @Inject
    SessionProtocols protocols;

    @Inject
    Sessions sessions;

    @Inject
    SessionEventRepository history;

    @Inject
    Clock clock;

    /**
     * Forms in the given statuses, of one patient or (patientId null) of all, oldest due first: sessions discharged or
     * aborted, and sessions dosed but not closed within the protocol's time. Dates in the room's clinic time zone.
     */
    public Page<Report> list(List<RemsStatus> statuses, UUID patientId, PageParams paging) {
        var query = em.createQuery("""
                select s, d, c.timeZone from Session s, DoseAdministration d, Room r, Clinic c
                where d.sessionId = s.id and r.id = s.roomId and c.name = r.clinic and s.route = io.ketacare.session.domain.Route.INTRANASAL
                and s.status not in (io.ketacare.session.domain.session.SessionStatus.CANCELLED, io.ketacare.session.domain.session.SessionStatus.NO_SHOW)
                %s order by d.startedAt, s.id""".formatted(patientId == null ? "" : "and s.patientId = :patientId"), Object[].class);
        if (patientId != null) {
            query.setParameter("patientId", patientId);
        }
        List<Object[]> rows = query.getResultList();
        var now = clock.instant();
        List<Report> all = rows.stream().map(r -> {
            Session s = (Session) r[0];
            DoseAdministration dose = (DoseAdministration) r[1];
            SessionProtocol protocol = protocols.version(s.protocolVersion);
            if (!RemsForms.listed(s, dose, protocol, now)) {
                return null;
            }
            ZoneId zone = ZoneId.of((String) r[2]);
            LocalDate due = RemsForms.dueDate(dose, protocol, zone);
            return new Report(s, due, RemsForms.status(s, due, zone, now), RemsForms.notClosedInTime(s, dose, protocol, now));
        }).filter(r -> r != null && statuses.contains(r.status())).toList();
        int from = (int) Math.min(all.size(), paging.offset());
        int to = Math.min(all.size(), from + paging.size());
        return Page.of(all.subList(from, to), paging, all.size());
    }

    @Transactional
    public Session submit(UUID sessionId, String reference, String by) {
        Session s = sessions.lock(sessionId);
        if (!RemsForms.applies(s, records.dose(sessionId))
                || !(s.status == io.ketacare.session.domain.session.SessionStatus.DISCHARGED
                        || s.status == io.ketacare.session.domain.session.SessionStatus.ABORTED)) {
            throw ProblemException.conflict("rems-form-not-ready", "No REMS form to submit",
                    "Only a dosed intranasal session that has ended (DISCHARGED or ABORTED) has a REMS monitoring form; this one is "
                            + s.route + " and " + s.status);
        }
        if (s.remsSubmittedAt != null) {
            throw ProblemException.conflict("rems-form-submitted", "REMS form already submitted",
                    "The REMS form of session " + sessionId + " was submitted at " + s.remsSubmittedAt + " (" + s.remsReference + ")");
        }
        s.remsSubmittedAt = clock.instant();
        s.remsReference = reference;
        history.persist(SessionEvent.of(s, "REMS_FORM_SUBMITTED", reference, by, s.remsSubmittedAt));
        return s;
    }
}
