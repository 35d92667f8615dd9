package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.api;
import static io.ketacare.consent.api.ConsentApi.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.ketacare.consent.PatientServiceStub;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = PatientServiceStub.class, scope = TestResourceScope.GLOBAL)
class RemsEnrollmentResourceTest {

    static final String ENROLLMENT = "{\"patientSignerName\":\"Sam Self\",\"prescriberAttestation\":\"Patient counselled; I sign as prescriber\"}";

    @Inject
    Consents consents;

    @Inject
    TreatmentPlans plans;

    static String path(UUID patient) {
        return "/api/v1/patients/" + patient + "/rems-enrollment";
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void prescriberEnrollsAPatientOnceAndReadsTheEnrollment() {
        UUID patient = UUID.randomUUID();
        api().get(path(patient)).then().statusCode(404);
        api().body(ENROLLMENT).post(path(patient)).then().statusCode(201).header("Location", containsString("/rems-enrollment"))
                .body("prescriber", equalTo("clinician1")).body("patientSignerName", equalTo("Sam Self"));
        api().get(path(patient)).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("patientId", equalTo(patient.toString()));
        api().body(ENROLLMENT).post(path(patient)).then().statusCode(409).body("type", containsString("rems-already-enrolled"));
        raw().body("{\"patientSignerName\":\"\"}").post(path(UUID.randomUUID())).then().statusCode(400)
                .body("violations.field", hasItems("patientSignerName", "prescriberAttestation"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void anEnrolledEligibleConsentedPatientGetsAnIntranasalPlanActivatedAndAuthorized() {
        UUID patient = UUID.randomUUID();
        PatientServiceStub.eligibility(patient, "ELIGIBLE");
        UUID consent = consents.present(patient, "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        consents.witness(consent, "Sam Self", "Signed in my presence", "clinician1");
        UUID plan = plans.draft(patient, "TRD", new DoseRule(Route.INTRANASAL, DoseUnit.MG, new BigDecimal("56"), null, null),
                List.of(Phase.of("induction", 4, new BigDecimal("2"))), 8, "clinician1").id;
        api().post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(422);
        api().body(ENROLLMENT).post(path(patient)).then().statusCode(201);
        api().post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(200).body("status", equalTo("ACTIVE"));
        api().queryParam("route", "INTRANASAL").get("/api/v1/patients/" + patient + "/treatment-authorization").then().statusCode(200)
                .body("authorized", equalTo(true)).body("reasons", empty()).body("dose.value", equalTo(56)).body("firstDoseMg", equalTo(56));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void onlyAPrescriberEnrolls() {
        api().body(ENROLLMENT).post(path(UUID.randomUUID())).then().statusCode(403);
    }
}
