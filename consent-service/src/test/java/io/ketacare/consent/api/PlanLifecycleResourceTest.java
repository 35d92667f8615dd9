package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.as;
import static io.ketacare.consent.api.ConsentApi.rawAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.ketacare.consent.RealPatients;
import io.ketacare.consent.domain.consent.Consents;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.consent.domain.plan.DoseRule;
import io.ketacare.consent.domain.plan.DoseUnit;
import io.ketacare.consent.domain.plan.Phase;
import io.ketacare.consent.domain.plan.TreatmentPlans;
import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.test.common.ResourceArg;
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
class PlanLifecycleResourceTest {

    @Inject
    Consents consents;

    @Inject
    TreatmentPlans plans;

    UUID patient;

    /** An ACTIVE IV plan of an eligible, consented patient. */
    UUID activePlan() {
        patient = RealPatients.eligible();
        UUID consent = consents.present(patient, "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        consents.witness(consent, "Sam Self", "Signed in my presence", "clinician1");
        UUID plan = plans.draft(patient, "TRD", new DoseRule(Route.IV, DoseUnit.MG_PER_KG, new BigDecimal("0.5"), null, null),
                List.of(Phase.of("induction", 3, new BigDecimal("2"))), 6, "clinician1").id;
        as("clinician1").post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(200);
        return plan;
    }

    static String changes(UUID plan) {
        return "/api/v1/treatment-plans/" + plan + "/status-changes";
    }

    static String change(String status, String reason) {
        return "{\"status\":\"" + status + "\",\"reason\":\"" + reason + "\"}";
    }

    boolean authorizedForIv() {
        return as("nurse1").queryParam("route", "IV").get("/api/v1/patients/" + patient + "/treatment-authorization")
                .then().statusCode(200).extract().path("authorized");
    }

    @Test
    void aPausedPlanAuthorizesNoTreatmentUntilItIsResumed() {
        UUID plan = activePlan();
        assertThat(authorizedForIv()).isTrue();
        as("clinician1").body(change("PAUSED", "BP 182/112 in session 3")).post(changes(plan)).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("status", equalTo("PAUSED")).body("statusReason", equalTo("BP 182/112 in session 3"));
        as("nurse1").queryParam("route", "IV").get("/api/v1/patients/" + patient + "/treatment-authorization").then()
                .body("authorized", equalTo(false)).body("reasons.code", contains("PLAN_PAUSED"))
                .body("reasons[0].message", containsString("BP 182/112 in session 3"));
        as("clinician1").body(change("ACTIVE", "Cardiology review normal")).post(changes(plan)).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertThat(authorizedForIv()).isTrue();
    }

    @Test
    void completedAndCancelledPlansAreFinalAndTheConflictNamesTheAllowedStates() {
        UUID plan = activePlan();
        as("clinician1").body(change("ACTIVE", "already active")).post(changes(plan)).then().statusCode(409)
                .body("type", containsString("illegal-plan-transition")).body("detail", containsString("is ACTIVE"))
                .body("detail", containsString("PAUSED"));
        as("clinician1").body(change("COMPLETED", "Induction and maintenance done")).post(changes(plan)).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        assertThat(authorizedForIv()).isFalse();
        as("clinician1").body(change("CANCELLED", "too late")).post(changes(plan)).then().statusCode(409)
                .body("detail", containsString("is COMPLETED"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndNothingChanges() {
        UUID plan = activePlan();
        as("clinician1").header("If-Match", "\"0\"").body(change("PAUSED", "stale read")).post(changes(plan)).then().statusCode(412);
        as("clinician1").header("If-Match", "\"1\"").body(change("PAUSED", "fresh read")).post(changes(plan)).then().statusCode(200);
    }

    @Test
    void everyChangeIsOnTheChangeFeed() {
        UUID plan = activePlan();
        as("clinician1").body(change("PAUSED", "p")).post(changes(plan)).then().statusCode(200);
        as("clinician1").body(change("ACTIVE", "r")).post(changes(plan)).then().statusCode(200);
        as("clinician1").body(change("CANCELLED", "c")).post(changes(plan)).then().statusCode(200);
        List<String> types = new java.util.ArrayList<>();
        long after = 0;
        while (true) {
            var page = as("integrator1").get("/api/v1/events?limit=500&after=" + after).then().statusCode(200).extract().jsonPath();
            types.addAll(page.getList("items.findAll { it.aggregateId == '" + plan + "' }.type"));
            long next = page.getLong("next");
            if (next == after) {
                break;
            }
            after = next;
        }
        assertThat(types).containsSubsequence("PLAN_ACTIVATED", "PLAN_PAUSED", "PLAN_RESUMED", "PLAN_CANCELLED");
    }

    @Test
    void theReasonIsRequiredOnlyCliniciansChangePlansAndUnknownPlansAreNotFound() {
        rawAs("clinician1").body("{\"status\":\"PAUSED\"}").post(changes(UUID.randomUUID())).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as("nurse1").body(change("PAUSED", "r")).post(changes(UUID.randomUUID())).then().statusCode(403);
        as("clinician1").body(change("PAUSED", "r")).post(changes(UUID.randomUUID())).then().statusCode(404);
    }
}
