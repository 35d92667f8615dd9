package io.ketacare.session.api;

import io.ketacare.session.domain.dose.DoseAdministration;
import io.ketacare.session.domain.monitoring.MissedVitals;
import io.ketacare.session.domain.predose.PreDoseCheck;
import io.ketacare.session.domain.protocol.SessionProtocols;
import io.ketacare.session.domain.rems.RemsForms;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.Sessions;
import io.ketacare.session.persistence.SessionRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** Puts the whole session into one document, with the REMS form for dosed intranasal sessions. */
@ApplicationScoped
public class MonitoringRecords {

    @Inject
    SessionRecords records;

    @Inject
    Sessions sessions;

    @Inject
    SessionProtocols protocols;

    @Inject
    Views views;

    @Inject
    Clock clock;

    @Inject
    MissedVitals missedVitals;

    @Inject
    io.ketacare.session.domain.room.Clinics clinics;

    public MonitoringRecordResponse of(Session s) {
        Optional<PreDoseCheck> preDose = records.preDoseCheck(s.id);
        Optional<DoseAdministration> dose = records.dose(s.id);
        var vitals = records.vitals(s.id);
        var scores = records.scores(s.id);
        var events = records.adverseEvents(s.id);
        RemsFormResponse rems = null;
        if (RemsForms.applies(s, dose)) {
            RemsForms.Form f = RemsForms.fill(s, dose.get(), preDose.orElse(null), vitals, scores, events, protocols.version(s.protocolVersion),
                    clinics.zoneOfRoom(s.roomId), clock.instant());
            rems = new RemsFormResponse(Views.plain(f.dose().doseMg), f.dose().devices, f.dose().lotNumber, f.dose().startedAt,
                    f.monitoringEndedAt(), f.monitoringMinutes(), f.bloodPressureBeforeDosing(), f.bloodPressureAt40Minutes(),
                    f.bloodPressureBeforeDischarge(), f.sedationObserved(), f.dissociationObserved(), f.respiratoryDepressionObserved(),
                    f.preDose() == null ? null : Views.concomitant(f.preDose()), f.dueDate(), f.status(), s.remsSubmittedAt, s.remsReference,
                    f.bloodPressureAt40MinutesMissing(), f.sessionNotClosed());
        }
        return new MonitoringRecordResponse(s.patientId, views.session(s), preDose.map(Views::preDoseCheck).orElse(null),
                vitals.stream().map(Views::vital).toList(), scores.stream().map(x -> Views.score(x, s)).toList(),
                events.stream().map(e -> Views.adverseEvent(e, s)).toList(), records.alerts(s.id).stream().map(Views::alert).toList(),
                sessions.history(s.id).stream().map(Views::history).toList(), s.dissociationAttestation, rems,
                missedVitals.schedule(s, dose, vitals).stream().map(Views::timePoint).toList());
    }
}
