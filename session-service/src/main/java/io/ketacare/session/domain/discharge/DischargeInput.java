package io.ketacare.session.domain.discharge;

import io.ketacare.session.domain.monitoring.AdverseEvent;
import io.ketacare.session.domain.monitoring.SessionScore;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.predose.PreDoseCheck;
import java.time.Instant;
import java.util.List;

/** Everything the discharge criteria look at. */
public record DischargeInput(Instant doseEndedAt, PreDoseCheck baseline, List<VitalReading> vitals, List<SessionScore> scores,
        List<AdverseEvent> adverseEvents, boolean escortPresent, boolean instructionsAcknowledged, String dissociationAttestation,
        boolean callerIsClinician) {
}
