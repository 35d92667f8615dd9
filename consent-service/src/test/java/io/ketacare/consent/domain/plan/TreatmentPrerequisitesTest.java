package io.ketacare.consent.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.consent.domain.consent.Consent;
import io.ketacare.consent.domain.consent.ConsentStatus;
import io.ketacare.consent.domain.consent.ConsentView;
import io.ketacare.consent.domain.consent.SignatureMethod;
import io.ketacare.consent.domain.document.DocumentContent;
import io.ketacare.consent.domain.document.DocumentVersion;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.problem.Criterion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TreatmentPrerequisitesTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    static ConsentView consent(ConsentStatus status, boolean current, Route... routes) {
        Map<Route, String> sections = new java.util.EnumMap<>(Route.class);
        for (Route r : routes) {
            sections.put(r, "section");
        }
        Consent c = Consent.present(UUID.randomUUID(), DocumentVersion.publish("DOC", 1, new DocumentContent("p", "r", "b", "a", sections, null, true), "admin1", NOW), "clinician1", NOW);
        c.recordPatientSignature("Sam", SignatureMethod.PATIENT_SELF, "patient1", null, NOW);
        c.witness("clinician1", NOW);
        return new ConsentView(c, status, current, List.of(), NOW);
    }

    static List<String> unmet(Route route, String eligibility, ConsentView... consents) {
        return TreatmentPrerequisites.unmet(route, eligibility, List.of(), List.of(consents), false).stream().map(Criterion::code).toList();
    }

    @Test
    void eligibleWithAnActiveCurrentConsentCoveringIvIsMet() {
        assertThat(unmet(Route.IV, "ELIGIBLE", consent(ConsentStatus.ACTIVE, true, Route.IV))).isEmpty();
    }

    @Test
    void aConsentNotCoveringThePlansRouteIsMissing() {
        assertThat(unmet(Route.IM, "ELIGIBLE", consent(ConsentStatus.ACTIVE, true, Route.IV))).containsExactly("CONSENT_MISSING");
    }

    @Test
    void aNonCurrentConsentIsMissing() {
        assertThat(unmet(Route.IV, "ELIGIBLE", consent(ConsentStatus.ACTIVE, false, Route.IV))).containsExactly("CONSENT_MISSING");
    }

    @Test
    void pendingExpiredOrWithdrawnConsentsAreMissing() {
        assertThat(unmet(Route.IV, "ELIGIBLE", consent(ConsentStatus.PENDING, true, Route.IV), consent(ConsentStatus.EXPIRED, true, Route.IV),
                consent(ConsentStatus.WITHDRAWN, true, Route.IV))).containsExactly("CONSENT_MISSING");
    }

    @Test
    void needsReviewNotScreenedAndIneligibleAreNotEligible() {
        for (String status : List.of("NEEDS_REVIEW", "NOT_SCREENED", "INELIGIBLE")) {
            assertThat(unmet(Route.IV, status, consent(ConsentStatus.ACTIVE, true, Route.IV))).containsExactly("PATIENT_NOT_ELIGIBLE");
        }
    }

    @Test
    void intranasalWithRemsEnrollmentIsMet() {
        assertThat(TreatmentPrerequisites.unmet(Route.INTRANASAL, "ELIGIBLE", List.of(), List.of(consent(ConsentStatus.ACTIVE, true, Route.INTRANASAL)), true))
                .isEmpty();
    }

    @Test
    void intranasalWithoutRemsEnrollmentIsRefused() {
        assertThat(unmet(Route.INTRANASAL, "ELIGIBLE", consent(ConsentStatus.ACTIVE, true, Route.INTRANASAL))).containsExactly("REMS_ENROLLMENT_MISSING");
    }
}
