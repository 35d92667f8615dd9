package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.ketacare.consent.PatientServiceStub;
import io.ketacare.consent.TestClock;
import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.consent.domain.plan.DoseRule;
import io.ketacare.consent.domain.plan.DoseUnit;
import io.ketacare.consent.domain.plan.Phase;
import io.ketacare.consent.domain.plan.TreatmentPlans;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = PatientServiceStub.class, scope = TestResourceScope.GLOBAL)
class PlanActivationResourceTest {

    @Inject
    Consents consents;

    @Inject
    TreatmentPlans plans;

    UUID patient(String eligibility) {
        UUID patient = UUID.randomUUID();
        PatientServiceStub.eligibility(patient, eligibility);
        return patient;
    }

    UUID activeConsent(UUID patient) {
        UUID id = consents.present(patient, "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        consents.witness(id, "Sam Self", "Signed in my presence", "clinician1");
        return id;
    }

    UUID plan(UUID patient, Route route, DoseUnit unit, String dose) {
        return plans.draft(patient, "Treatment-resistant depression", new DoseRule(route, unit, new BigDecimal(dose), null, null),
                List.of(Phase.of("induction", 3, new BigDecimal("2"))), 6, "clinician1").id;
    }

    static String activation(UUID plan) {
        return "/api/v1/treatment-plans/" + plan + "/activation";
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void anEligiblePatientWithAnActiveConsentCoveringTheRouteGetsThePlanActivatedOnce() {
        UUID patient = patient("ELIGIBLE");
        activeConsent(patient);
        UUID plan = plan(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        api().post(activation(plan)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACTIVE")).body("activatedBy", equalTo("clinician1")).body("activatedAt", notNullValue());
        api().post(activation(plan)).then().statusCode(409).body("detail", containsString("is ACTIVE"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void everyUnmetPrerequisiteIsListed() {
        UUID patient = patient("NEEDS_REVIEW");
        UUID plan = plan(patient, Route.INTRANASAL, DoseUnit.MG, "56");
        api().post(activation(plan)).then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("activation-prerequisites-unmet"))
                .body("criteria.code", contains("PATIENT_NOT_ELIGIBLE", "CONSENT_MISSING", "REMS_ENROLLMENT_MISSING"))
                .body("criteria[0].message", containsString("NEEDS_REVIEW"));
        api().get("/api/v1/treatment-plans/" + plan).then().body("status", equalTo("DRAFT"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void intranasalIsRefusedWithoutRemsEnrollmentEvenWhenEverythingElseHolds() {
        UUID patient = patient("ELIGIBLE");
        activeConsent(patient);
        api().post(activation(plan(patient, Route.INTRANASAL, DoseUnit.MG, "56"))).then().statusCode(422)
                .body("criteria.code", contains("REMS_ENROLLMENT_MISSING"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void aWithdrawnConsentDoesNotCoverThePlan() {
        UUID patient = patient("ELIGIBLE");
        consents.withdraw(activeConsent(patient), "changed mind", "clinician1");
        api().post(activation(plan(patient, Route.IM, DoseUnit.MG_PER_KG, "0.5"))).then().statusCode(422)
                .body("criteria.code", contains("CONSENT_MISSING")).body("criteria[0].message", containsString("WITHDRAWN"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void anExpiredConsentDoesNotCoverThePlan() {
        UUID patient = patient("ELIGIBLE");
        activeConsent(patient);
        UUID plan = plan(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        try {
            TestClock.advance(Duration.ofDays(366));
            api().post(activation(plan)).then().statusCode(422).body("criteria.code", contains("CONSENT_MISSING"))
                    .body("criteria[0].message", containsString("EXPIRED"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void aPatientUnknownToPatientServiceIsNotEligible() {
        UUID patient = UUID.randomUUID();
        activeConsent(patient);
        api().post(activation(plan(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5"))).then().statusCode(422)
                .body("criteria.code", contains("PATIENT_NOT_ELIGIBLE"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void patientServiceDownIsA503WithRetryAfterAndNothingIsActivated() {
        UUID patient = patient("ELIGIBLE");
        activeConsent(patient);
        UUID plan = plan(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        PatientServiceStub.down();
        try {
            api().post(activation(plan)).then().statusCode(503).header("Retry-After", equalTo("30"))
                    .contentType("application/problem+json").body("type", containsString("dependency-unavailable"));
        } finally {
            PatientServiceStub.up();
        }
        api().get("/api/v1/treatment-plans/" + plan).then().body("status", equalTo("DRAFT"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void onlyAClinicianActivatesAndUnknownPlansAreNotFound() {
        api().post(activation(UUID.randomUUID())).then().statusCode(403);
    }
}
