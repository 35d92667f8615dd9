package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.as;
import static io.ketacare.consent.api.ConsentApi.rawAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.ketacare.consent.RealPatients;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.test.common.ResourceArg;
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
        UUID patient = RealPatients.eligible();
        consentId = consents.present(patient, "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        consents.witness(consentId, "Sam Self", "Signed in my presence", "clinician1");
        planId = plans.draft(patient, "TRD", new DoseRule(Route.IV, DoseUnit.MG_PER_KG, new BigDecimal("0.5"), null, null),
                List.of(Phase.of("induction", 3, new BigDecimal("2"))), 6, "clinician1").id;
        as("clinician1").post("/api/v1/treatment-plans/" + planId + "/activation").then().statusCode(200);
        return patient;
    }

    static String path(UUID patient) {
        return "/api/v1/patients/" + patient + "/treatment-authorization";
    }

    @Test
    void authorizedWithThePlanVersionDoseAndConsent() {
        UUID patient = treatable();
        as("nurse1").queryParam("route", "IV").get(path(patient)).then().statusCode(200)
                .body("authorized", equalTo(true)).body("reasons", empty())
                .body("consentId", equalTo(consentId.toString())).body("planId", equalTo(planId.toString()))
                .body("planVersion", equalTo(1)).body("route", equalTo("IV")).body("dose.unit", equalTo("MG_PER_KG"))
                .body("dose.value", equalTo(0.5f)).body("infusionMinutes", equalTo(40));
    }

    @Test
    void aWithdrawnConsentRevokesAuthorizationAtOnce() {
        UUID patient = treatable();
        consents.withdraw(consentId, "changed mind", "patient1");
        as("nurse1").queryParam("route", "IV").get(path(patient)).then().statusCode(200)
                .body("authorized", equalTo(false)).body("reasons.code", contains("CONSENT_MISSING")).body("consentId", nullValue());
    }

    @Test
    void anExpiredConsentIsNotAuthorized() {
        UUID patient = treatable();
        try {
            TestClock.advance(Duration.ofDays(365));
            as("nurse1").queryParam("route", "IV").get(path(patient)).then().body("authorized", equalTo(false))
                    .body("reasons.code", contains("CONSENT_MISSING"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void noActivePlanForTheRouteAndIntranasalWithoutRemsAreNotAuthorized() {
        UUID patient = treatable();
        as("nurse1").queryParam("route", "IM").get(path(patient)).then().body("authorized", equalTo(false))
                .body("reasons.code", contains("PLAN_NOT_ACTIVE")).body("planId", nullValue());
        as("nurse1").queryParam("route", "INTRANASAL").get(path(patient)).then().body("authorized", equalTo(false))
                .body("reasons.code", hasItems("PLAN_NOT_ACTIVE", "REMS_ENROLLMENT_MISSING"));
    }

    @Test
    void aPatientNoLongerEligibleIsNotAuthorized() {
        UUID patient = treatable();
        RealPatients.screen(patient, 152, 94);
        as("nurse1").queryParam("route", "IV").get(path(patient)).then().body("authorized", equalTo(false))
                .body("reasons.code", contains("PATIENT_NOT_ELIGIBLE"));
    }

    @Test
    void patientServiceDownIsNeverAuthorized() {
        UUID patient = treatable();
        RealServices.stop(RealPatients.PATIENT_SERVICE);
        try {
            as("nurse1").queryParam("route", "IV").get(path(patient)).then().statusCode(200).body("authorized", equalTo(false))
                    .body("reasons.code", hasItem("ELIGIBILITY_UNAVAILABLE"));
        } finally {
            RealServices.start(RealPatients.PATIENT_SERVICE);
        }
    }

    @Test
    void theRouteIsRequired() {
        rawAs("nurse1").get(path(UUID.randomUUID())).then().statusCode(400).body("violations[0].field", equalTo("route"));
    }
}
