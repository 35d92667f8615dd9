package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.as;
import static io.ketacare.consent.api.ConsentApi.rawAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItems;

import io.ketacare.consent.RealPatients;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.test.common.ResourceArg;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = RealServices.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealServices.SERVICES, value = RealPatients.PATIENT_SERVICE))
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
    void prescriberEnrollsAPatientOnceAndReadsTheEnrollment() {
        UUID patient = UUID.randomUUID();
        as("clinician1").get(path(patient)).then().statusCode(404);
        as("clinician1").body(ENROLLMENT).post(path(patient)).then().statusCode(201).header("Location", containsString("/rems-enrollment"))
                .body("prescriber", startsWith("clinician1")).body("patientSignerName", equalTo("Sam Self"));
        as("clinician1").get(path(patient)).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("patientId", equalTo(patient.toString()));
        as("clinician1").body(ENROLLMENT).post(path(patient)).then().statusCode(409).body("type", containsString("rems-already-enrolled"));
        rawAs("clinician1").body("{\"patientSignerName\":\"\"}").post(path(UUID.randomUUID())).then().statusCode(400)
                .body("violations.field", hasItems("patientSignerName", "prescriberAttestation"));
    }

    @Test
    void anEnrolledEligibleConsentedPatientIsAuthorizedForIntranasalUntilTheEnrollmentIsWithdrawn() {
        UUID patient = RealPatients.eligible();
        UUID consent = consents.present(patient, "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        consents.witness(consent, "Sam Self", "Signed in my presence", "clinician1");
        UUID plan = plans.draft(patient, "TRD", new DoseRule(Route.INTRANASAL, DoseUnit.MG, new BigDecimal("56"), null, null),
                List.of(Phase.of("induction", 4, new BigDecimal("2"))), 8, "clinician1").id;
        as("clinician1").post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(422);
        as("clinician1").body(ENROLLMENT).post(path(patient)).then().statusCode(201);
        as("clinician1").post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(200).body("status", equalTo("ACTIVE"));
        as("clinician1").queryParam("route", "INTRANASAL").get("/api/v1/patients/" + patient + "/treatment-authorization").then().statusCode(200)
                .body("authorized", equalTo(true)).body("reasons", empty()).body("dose.value", equalTo(56)).body("firstDoseMg", equalTo(56));

        as("clinician1").body("{\"reason\":\"Patient moved to another clinic\"}").post(path(patient) + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("Patient moved to another clinic"));
        as("clinician1").queryParam("route", "INTRANASAL").get("/api/v1/patients/" + patient + "/treatment-authorization").then()
                .body("authorized", equalTo(false)).body("reasons.code", contains("REMS_ENROLLMENT_MISSING"));
        as("clinician1").body("{\"reason\":\"again\"}").post(path(patient) + "/withdrawal").then().statusCode(409)
                .body("type", containsString("rems-already-withdrawn"));
        as("clinician1").get(path(patient)).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        as("clinician1").body(ENROLLMENT).post(path(patient)).then().statusCode(201).body("status", equalTo("ENROLLED"));
        as("clinician1").queryParam("route", "INTRANASAL").get("/api/v1/patients/" + patient + "/treatment-authorization").then()
                .body("authorized", equalTo(true));
    }

    @Test
    void withdrawingWithoutAnEnrollmentIsNotFoundAndNeedsAReason() {
        as("clinician1").body("{\"reason\":\"r\"}").post(path(UUID.randomUUID()) + "/withdrawal").then().statusCode(404);
        rawAs("clinician1").body("{}").post(path(UUID.randomUUID()) + "/withdrawal").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
    }

    @Test
    void onlyAPrescriberEnrolls() {
        as("nurse1").body(ENROLLMENT).post(path(UUID.randomUUID())).then().statusCode(403);
    }
}
