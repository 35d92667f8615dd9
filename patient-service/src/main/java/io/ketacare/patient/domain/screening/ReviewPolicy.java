package io.ketacare.patient.domain.screening;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * When a clinician may review a screening. A review never turns an absolute contraindication into
 * ELIGIBLE, whether the screening found it or the record shows it now (422); only a NEEDS_REVIEW
 * screening is reviewed, and only once (409); and ELIGIBLE is only decided on the record the
 * screening read: after a change to it the patient is screened again (409).
 */
public final class ReviewPolicy {

    public static final String ABSOLUTE_CONTRAINDICATION = "absolute-contraindication";

    private ReviewPolicy() {
    }

    public static void requireAllowed(Screening screening, ReviewDecision decision, Evaluation current, List<String> changesSinceScreening) {
        if (decision == ReviewDecision.ELIGIBLE) {
            Map<String, Criterion> absolute = new LinkedHashMap<>();
            Stream.concat(screening.findingList().stream(), current.findings().stream())
                    .filter(Finding::isAbsoluteContraindication)
                    .forEach(f -> absolute.putIfAbsent(f.code(), new Criterion(f.code(), f.message()
                            + " (an absolute contraindication: no review can make the patient eligible)")));
            if (!absolute.isEmpty()) {
                throw ProblemException.ruleRefused(ABSOLUTE_CONTRAINDICATION, "Absolute contraindication", List.copyOf(absolute.values()));
            }
        }
        if (screening.isReviewed()) {
            throw ProblemException.conflict("screening-already-reviewed", "Screening already reviewed",
                    "Screening " + screening.id + " was reviewed by " + screening.reviewedBy + " at " + screening.reviewedAt
                            + " (" + screening.reviewDecision + "); screen again to decide anew");
        }
        if (screening.outcome != Outcome.NEEDS_REVIEW) {
            throw ProblemException.conflict("screening-not-awaiting-review", "Screening not awaiting review",
                    "Screening " + screening.id + " is " + screening.outcome + "; only a NEEDS_REVIEW screening is reviewed");
        }
        if (decision == ReviewDecision.ELIGIBLE && !changesSinceScreening.isEmpty()) {
            throw ProblemException.conflict("record-changed-since-screening", "Record changed since screening",
                    "The record changed after screening " + screening.id + " (" + String.join("; ", changesSinceScreening)
                            + "); screen the patient again before deciding ELIGIBLE");
        }
    }
}
