package io.ketacare.session.domain.discharge;

import io.ketacare.session.domain.monitoring.AdverseEvent;
import io.ketacare.session.domain.monitoring.SessionScore;
import io.ketacare.session.domain.monitoring.VitalReading;
import io.ketacare.session.domain.predose.PreDoseCheck;
import io.ketacare.session.domain.dose.DoseAdministration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything the discharge criteria look at. With the dose and the protocol's charting allowance, the minimum observation
 * counts from {@link DoseAdministration#observationStartsAt(Duration)}; without them (rule tests), from doseEndedAt.
 */
public record DischargeInput(Instant doseEndedAt, PreDoseCheck baseline, List<VitalReading> vitals, List<SessionScore> scores,
        List<AdverseEvent> adverseEvents, boolean escortPresent, boolean instructionsAcknowledged, String dissociationAttestation,
        boolean callerIsClinician, DoseAdministration dose, Duration chartingAllowance) {

    /** A dose end charted when it happened: observation counts from the charted end. */
    public DischargeInput(Instant doseEndedAt, PreDoseCheck baseline, List<VitalReading> vitals, List<SessionScore> scores,
            List<AdverseEvent> adverseEvents, boolean escortPresent, boolean instructionsAcknowledged, String dissociationAttestation,
            boolean callerIsClinician) {
        this(doseEndedAt, baseline, vitals, scores, adverseEvents, escortPresent, instructionsAcknowledged, dissociationAttestation,
                callerIsClinician, null, null);
    }
}
