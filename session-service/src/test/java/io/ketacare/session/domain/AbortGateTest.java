package io.ketacare.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.Violation;
import io.ketacare.session.domain.session.AbortGate;
import io.ketacare.session.domain.session.Disposition;
import io.ketacare.session.domain.session.SessionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aborting a dosed session takes the place of the discharge criteria: a clinician and a disposition. */
class AbortGateTest {

    static List<String> unmet(SessionStatus status, boolean doseRecorded, Disposition disposition, boolean clinician) {
        return AbortGate.check(status, doseRecorded, disposition, clinician).stream().map(Criterion::code).toList();
    }

    @Test
    void aNurseAbortingAMonitoredSessionWithoutDispositionIsRefusedForBoth() {
        assertThat(unmet(SessionStatus.MONITORING, true, null, false)).containsExactly("ABORT_AFTER_DOSE_NEEDS_CLINICIAN", "DISPOSITION_REQUIRED");
    }

    @Test
    void aNurseNamingADispositionIsStillRefusedAfterTheDose() {
        assertThat(unmet(SessionStatus.MONITORING, true, Disposition.TRANSFERRED_TO_EMERGENCY_CARE, false))
                .containsExactly("ABORT_AFTER_DOSE_NEEDS_CLINICIAN");
    }

    @Test
    void aClinicianWithoutDispositionIsRefusedAndTheMessageListsTheChoices() {
        List<Criterion> unmet = AbortGate.check(SessionStatus.MONITORING, true, null, true);
        assertThat(unmet).extracting(Criterion::code).containsExactly("DISPOSITION_REQUIRED");
        assertThat(unmet.get(0).message()).contains("TRANSFERRED_TO_EMERGENCY_CARE", "LEFT_AGAINST_MEDICAL_ADVICE");
    }

    @Test
    void aClinicianWithADispositionMayAbortWhileDosingOrMonitoring() {
        assertThat(unmet(SessionStatus.MONITORING, true, Disposition.LEFT_AGAINST_MEDICAL_ADVICE, true)).isEmpty();
        assertThat(unmet(SessionStatus.DOSING, true, Disposition.TRANSFERRED_TO_EMERGENCY_CARE, true)).isEmpty();
    }

    @Test
    void whileTheDoseIsBeingGivenTheSameRuleHolds() {
        assertThat(unmet(SessionStatus.DOSING, true, null, false)).containsExactly("ABORT_AFTER_DOSE_NEEDS_CLINICIAN", "DISPOSITION_REQUIRED");
        assertThat(unmet(SessionStatus.DOSING, false, null, false)).containsExactly("ABORT_AFTER_DOSE_NEEDS_CLINICIAN", "DISPOSITION_REQUIRED");
    }

    @Test
    void aSessionNotYetDosedMayBeAbortedByANurseWithoutDisposition() {
        assertThat(unmet(SessionStatus.CHECKED_IN, false, null, false)).isEmpty();
        assertThat(unmet(SessionStatus.READY_TO_DOSE, false, null, false)).isEmpty();
    }

    @Test
    void aDispositionOnACancellationOrNoShowIsBadInputNamingTheField() {
        assertThat(AbortGate.dispositionOnlyOnAbort(SessionStatus.CANCELLED, Disposition.OTHER)).map(Violation::field).contains("disposition");
        assertThat(AbortGate.dispositionOnlyOnAbort(SessionStatus.NO_SHOW, Disposition.OTHER)).map(Violation::field).contains("disposition");
        assertThat(AbortGate.dispositionOnlyOnAbort(SessionStatus.CANCELLED, null)).isEmpty();
        assertThat(AbortGate.dispositionOnlyOnAbort(SessionStatus.ABORTED, Disposition.OTHER)).isEmpty();
    }
}
