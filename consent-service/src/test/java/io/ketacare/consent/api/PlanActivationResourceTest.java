package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.notNullValue;

import io.ketacare.consent.RealPatients;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.test.common.ResourceArg;
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
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = RealServices.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealServices.SERVICES, value = RealPatients.PATIENT_SERVICE))
class PlanActivationResourceTest {

    @Inject
    Consents consents;

    @Inject
    TreatmentPlans plans;

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
    void anEligiblePatientWithAnActiveConsentCoveringTheRouteGetsThePlanActivatedOnce() {
        UUID patient = RealPatients.eligible();
        activeConsent(patient);
        UUID plan = plan(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        as("clinician1").post(activation(plan)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACTIVE")).body("activatedBy", startsWith("clinician1")).body("activatedAt", notNullValue());
        as("clinician1").post(activation(plan)).then().statusCode(409).body("detail", containsString("is ACTIVE"));
    }

    @Test
    void everyUnmetPrerequisiteIsListed() {
        UUID patient = RealPatients.needingReview();
        UUID plan = plan(patient, Route.INTRANASAL, DoseUnit.MG, "56");
        as("clinician1").post(activation(plan)).then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("activation-prerequisites-unmet"))
                .body("criteria.code", contains("PATIENT_NOT_ELIGIBLE", "CONSENT_MISSING", "REMS_ENROLLMENT_MISSING"))
                .body("criteria[0].message", containsString("NEEDS_REVIEW"));
        as("clinician1").get("/api/v1/treatment-plans/" + plan).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void intranasalIsRefusedWithoutRemsEnrollmentEvenWhenEverythingElseHolds() {
        UUID patient = RealPatients.eligible();
        activeConsent(patient);
        as("clinician1").post(activation(plan(patient, Route.INTRANASAL, DoseUnit.MG, "56"))).then().statusCode(422)
                .body("criteria.code", contains("REMS_ENROLLMENT_MISSING"));
    }

    @Test
    void aWithdrawnConsentDoesNotCoverThePlan() {
        UUID patient = RealPatients.eligible();
        consents.withdraw(activeConsent(patient), "changed mind", "clinician1");
        as("clinician1").post(activation(plan(patient, Route.IM, DoseUnit.MG_PER_KG, "0.5"))).then().statusCode(422)
                .body("criteria.code", contains("CONSENT_MISSING")).body("criteria[0].message", containsString("WITHDRAWN"));
    }

    @Test
    void anExpiredConsentDoesNotCoverThePlan() {
        UUID patient = RealPatients.eligible();
        activeConsent(patient);
        UUID plan = plan(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        try {
            TestClock.advance(Duration.ofDays(366));
            as("clinician1").post(activation(plan)).then().statusCode(422).body("criteria.code", contains("CONSENT_MISSING"))
                    .body("criteria[0].message", containsString("EXPIRED"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void aPatientUnknownToPatientServiceIsNotEligible() {
        UUID patient = UUID.randomUUID();
        activeConsent(patient);
        as("clinician1").post(activation(plan(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5"))).then().statusCode(422)
                .body("criteria.code", contains("PATIENT_NOT_ELIGIBLE"));
    }

    @Test
    void patientServiceDownIsA503WithRetryAfterAndNothingIsActivated() {
        UUID patient = RealPatients.eligible();
        activeConsent(patient);
        UUID plan = plan(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        RealServices.stop(RealPatients.PATIENT_SERVICE);
        try {
            as("clinician1").post(activation(plan)).then().statusCode(503).header("Retry-After", equalTo("30"))
                    .contentType("application/problem+json").body("type", containsString("dependency-unavailable"));
        } finally {
            RealServices.start(RealPatients.PATIENT_SERVICE);
        }
        as("clinician1").get("/api/v1/treatment-plans/" + plan).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void onlyAClinicianActivatesAndUnknownPlansAreNotFound() {
        as("nurse1").post(activation(UUID.randomUUID())).then().statusCode(403);
    }
}
