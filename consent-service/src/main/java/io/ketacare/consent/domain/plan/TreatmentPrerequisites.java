package io.ketacare.consent.domain.plan;

import io.ketacare.consent.domain.consent.ConsentStatus;
import io.ketacare.consent.domain.consent.ConsentView;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.problem.Criterion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a plan's route needs before treatment: an ELIGIBLE patient, an ACTIVE, current, unexpired
 * consent covering the route, and for intranasal esketamine a recorded REMS enrollment. Every unmet
 * prerequisite is listed.
 */
public final class TreatmentPrerequisites {

    public static final String ELIGIBLE = "ELIGIBLE";

    private TreatmentPrerequisites() {
    }

    public static List<Criterion> unmet(Route route, String eligibility, List<String> eligibilityReasons, List<ConsentView> consents,
            boolean remsEnrolled) {
        List<Criterion> failed = new ArrayList<>();
        if (!ELIGIBLE.equals(eligibility)) {
            String why = eligibilityReasons.isEmpty() ? "" : " (" + String.join(", ", eligibilityReasons) + ")";
            failed.add(new Criterion("PATIENT_NOT_ELIGIBLE", "patient-service reports eligibility " + eligibility + why + "; ELIGIBLE is required"));
        }
        if (coveringConsent(route, consents).isEmpty()) {
            failed.add(new Criterion("CONSENT_MISSING", "no ACTIVE, current, unexpired consent covers route " + route + consentHint(route, consents)));
        }
        if (route == Route.INTRANASAL && !remsEnrolled) {
            failed.add(new Criterion("REMS_ENROLLMENT_MISSING", "intranasal esketamine needs a recorded REMS enrollment of the patient and prescriber"));
        }
        return failed;
    }

    /** The newest consent that is ACTIVE now, current and covers the route. */
    public static Optional<ConsentView> coveringConsent(Route route, List<ConsentView> consents) {
        return consents.stream()
                .filter(c -> c.status() == ConsentStatus.ACTIVE && c.current() && c.consent().routes().contains(route))
                .max(Comparator.comparing(c -> c.consent().activatedAt));
    }

    private static String consentHint(Route route, List<ConsentView> consents) {
        List<String> seen = consents.stream().filter(c -> c.consent().routes().contains(route))
                .map(c -> c.status() + (c.current() ? "" : " (not current: a newer material version exists)")).distinct().toList();
        return seen.isEmpty() ? "" : "; consents covering it are " + String.join(", ", seen);
    }
}
