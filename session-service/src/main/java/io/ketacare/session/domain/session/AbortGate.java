package io.ketacare.session.domain.session;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ending a session other than by discharge. Once a dose is recorded (DOSING or MONITORING), aborting
 * replaces the discharge criteria: only a clinician may do it, and only naming where the patient went
 * (the disposition). A session not yet dosed may be aborted by a nurse, and a cancellation or no-show
 * has no disposition at all.
 */
public final class AbortGate {

    private AbortGate() {
    }

    /** A session is dosed once a dose is recorded: while it is given (DOSING) and after it (MONITORING). */
    public static boolean dosed(SessionStatus status, boolean doseRecorded) {
        return doseRecorded || status == SessionStatus.DOSING || status == SessionStatus.MONITORING;
    }

    /** A disposition belongs to an abort only; on a cancellation or no-show it is bad input naming the field. */
    public static Optional<Violation> dispositionOnlyOnAbort(SessionStatus how, Disposition disposition) {
        if (disposition == null || how == SessionStatus.ABORTED) {
            return Optional.empty();
        }
        return Optional.of(new Violation("disposition", "only an abort records a disposition; a " + how
                + " session never started, so leave disposition out"));
    }

    /** Every unmet criterion of aborting a session in the given state. */
    public static List<Criterion> check(SessionStatus status, boolean doseRecorded, Disposition disposition, boolean callerIsClinician) {
        List<Criterion> failed = new ArrayList<>();
        if (!dosed(status, doseRecorded)) {
            return failed;
        }
        if (!callerIsClinician) {
            failed.add(new Criterion("ABORT_AFTER_DOSE_NEEDS_CLINICIAN", "the session is " + status
                    + " with a dose recorded: ending it without the discharge criteria needs a clinician; ask a clinician to abort it,"
                    + " or discharge the patient once the criteria are met"));
        }
        if (disposition == null) {
            failed.add(new Criterion("DISPOSITION_REQUIRED", "the session is " + status + " with a dose recorded: name where the patient went"
                    + " in disposition, one of " + Arrays.stream(Disposition.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        return failed;
    }
}
