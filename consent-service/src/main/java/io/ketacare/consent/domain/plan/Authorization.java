package io.ketacare.consent.domain.plan;

import io.ketacare.consent.domain.consent.ConsentView;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.problem.Criterion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whether a patient may be treated by a route at one instant, and why not. Authorized only when no
 * reason stands and the plan, the consent and an ELIGIBLE answer were all found: never on doubt.
 */
public record Authorization(UUID patientId, Route route, List<Criterion> reasons, TreatmentPlan plan, ConsentView consent, Instant evaluatedAt) {

    public boolean authorized() {
        return reasons.isEmpty() && plan != null && consent != null;
    }
}
