package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.api;
import static io.ketacare.consent.api.ConsentApi.raw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.ketacare.consent.PatientServiceStub;
import io.ketacare.consent.TestClock;
import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.consent.domain.plan.DoseRule;
import io.ketacare.consent.domain.plan.DoseUnit;
import io.ketacare.consent.domain.plan.Phase;
import io.ketacare.consent.domain.plan.PlanActivation;
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
class TreatmentAuthorizationResourceTest {

    @Inject
    Consents consents;

    @Inject
    TreatmentPlans plans;

    @Inject
    PlanActivation activation;

    UUID consentId;
    UUID planId;

    /** An eligible patient with an active consent and an active IV plan of 0.5 mg/kg. */
    UUID treatable() {
        UUID patient = UUID.randomUUID();
        PatientServiceStub.eligibility(patient, "ELIGIBLE");
        consentId = consents.present(patient, "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        consents.witness(consentId, "Sam Self", "Signed in my presence", "clinician1");
        planId = plans.draft(patient, "TRD", new DoseRule(Route.IV, DoseUnit.MG_PER_KG, new BigDecimal("0.5"), null, null),
                List.of(Phase.of("induction", 3, new BigDecimal("2"))), 6, "clinician1").id;
        activation.activate(planId, "clinician1");
        return patient;
    }

    static String path(UUID patient) {
        return "/api/v1/patients/" + patient + "/treatment-authorization";
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void authorizedWithThePlanVersionDoseAndConsent() {
        UUID patient = treatable();
        api().queryParam("route", "IV").get(path(patient)).then().statusCode(200)
                .body("authorized", equalTo(true)).body("reasons", empty())
                .body("consentId", equalTo(consentId.toString())).body("planId", equalTo(planId.toString()))
                .body("planVersion", equalTo(1)).body("route", equalTo("IV")).body("dose.unit", equalTo("MG_PER_KG"))
                .body("dose.value", equalTo(0.5f)).body("infusionMinutes", equalTo(40));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void aWithdrawnConsentRevokesAuthorizationAtOnce() {
        UUID patient = treatable();
        consents.withdraw(consentId, "changed mind", "patient1");
        api().queryParam("route", "IV").get(path(patient)).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasons.code", contains("CONSENT_MISSING")).body("consentId", nullValue());
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void anExpiredConsentIsNotAuthorized() {
        UUID patient = treatable();
        try {
            TestClock.advance(Duration.ofDays(365));
            api().queryParam("route", "IV").get(path(patient)).then().body("authorized", equalTo(false))
                    .body("reasons.code", contains("CONSENT_MISSING"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void noActivePlanForTheRouteAndIntranasalWithoutRemsAreNotAuthorized() {
        UUID patient = treatable();
        api().queryParam("route", "IM").get(path(patient)).then().body("authorized", equalTo(false))
                .body("reasons.code", contains("PLAN_NOT_ACTIVE")).body("planId", nullValue());
        api().queryParam("route", "INTRANASAL").get(path(patient)).then().body("authorized", equalTo(false))
                .body("reasons.code", hasItems("PLAN_NOT_ACTIVE", "REMS_ENROLLMENT_MISSING"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void aPatientNoLongerEligibleIsNotAuthorized() {
        UUID patient = treatable();
        PatientServiceStub.eligibility(patient, "NEEDS_REVIEW");
        api().queryParam("route", "IV").get(path(patient)).then().body("authorized", equalTo(false))
                .body("reasons.code", contains("PATIENT_NOT_ELIGIBLE"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void patientServiceDownIsNeverAuthorized() {
        UUID patient = treatable();
        PatientServiceStub.down();
        try {
            api().queryParam("route", "IV").get(path(patient)).then().statusCode(200).body("authorized", equalTo(false))
                    .body("reasons.code", hasItem("ELIGIBILITY_UNAVAILABLE"));
        } finally {
            PatientServiceStub.up();
        }
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void theRouteIsRequired() {
        raw().get(path(UUID.randomUUID())).then().statusCode(400).body("violations[0].field", equalTo("route"));
    }
}
