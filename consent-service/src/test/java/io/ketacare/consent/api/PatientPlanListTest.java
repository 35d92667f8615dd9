package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.api;
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
import io.ketacare.consent.domain.plan.PlanStatus;
import io.ketacare.consent.domain.plan.TreatmentPlans;
import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.platform.testing.RealServices;
import io.ketacare.platform.testing.SqlStatements;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = RealServices.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealServices.SERVICES, value = RealPatients.PATIENT_SERVICE))
class PatientPlanListTest {

    static final String MINE = "6f1c2b3a-0d4e-4f5a-8b6c-00000000a11e";

    @Inject
    Consents consents;

    @Inject
    TreatmentPlans plans;

    static String list(UUID patient) {
        return "/api/v1/patients/" + patient + "/treatment-plans";
    }

    UUID draft(UUID patient, Route route, DoseUnit unit, String dose) {
        return plans.draft(patient, "TRD", new DoseRule(route, unit, new BigDecimal(dose), null, null),
                List.of(Phase.of("induction", 3, new BigDecimal("2"))), 6, "clinician1").id;
    }

    /** An eligible, consented patient's IV plan, activated through the API. */
    UUID activeIvPlan(UUID patient) {
        UUID consent = consents.present(patient, "KETAMINE_TREATMENT", null, "clinician1").consent().id;
        consents.witness(consent, "Sam Self", "Signed in my presence", "clinician1");
        UUID plan = draft(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        as("clinician1").post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(200);
        return plan;
    }

    void change(UUID plan, String status) {
        as("clinician1").body("{\"status\":\"" + status + "\",\"reason\":\"r\"}").post("/api/v1/treatment-plans/" + plan + "/status-changes")
                .then().statusCode(200);
    }

    @Test
    void aCompletedPlanAndTheNewerPausedOneAreListedNewestFirstWithVersionAndStatus() {
        UUID patient = RealPatients.eligible();
        UUID completed = activeIvPlan(patient);
        change(completed, "COMPLETED");
        UUID paused = activeIvPlan(patient);
        change(paused, "PAUSED");
        as("clinician1").body("{\"rationale\":\"Tolerated well\",\"indication\":\"TRD\",\"dose\":{\"unit\":\"MG_PER_KG\",\"value\":0.6},"
                + "\"phases\":[{\"name\":\"induction\",\"weeks\":3,\"sessionsPerWeek\":2}],\"estimatedSessions\":6}")
                .post("/api/v1/treatment-plans/" + paused + "/revisions").then().statusCode(201);
        as("nurse1").get(list(patient)).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", contains(paused.toString(), completed.toString()))
                .body("items.status", contains("PAUSED", "COMPLETED"))
                .body("items.planVersion", contains(2, 1));
    }

    @Test
    void theStatusFilterKeepsOnlyThatStatus() {
        UUID patient = RealPatients.eligible();
        UUID completed = activeIvPlan(patient);
        change(completed, "COMPLETED");
        UUID draft = draft(patient, Route.IV, DoseUnit.MG_PER_KG, "0.4");
        as("scheduler1").queryParam("status", "COMPLETED").get(list(patient)).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.id", contains(completed.toString()));
        as("integrator1").queryParam("status", "DRAFT").get(list(patient)).then().statusCode(200)
                .body("items.id", contains(draft.toString()));
        as("admin1").queryParam("status", "ACTIVE").get(list(patient)).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void pagesAreNewestFirst() {
        UUID patient = UUID.randomUUID();
        UUID first = draft(patient, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        UUID second = draft(patient, Route.INTRANASAL, DoseUnit.MG, "56");
        UUID third = draft(patient, Route.ORAL_LOZENGE, DoseUnit.MG, "100");
        as("clinician1").queryParam("size", 2).get(list(patient)).then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.id", contains(third.toString(), second.toString()));
        as("clinician1").queryParam("size", 2).queryParam("page", 1).get(list(patient)).then().statusCode(200)
                .body("items.id", contains(first.toString()));
    }

    @Test
    void anUnknownStatusIsABadRequestNamingTheParameter() {
        rawAs("clinician1").queryParam("status", "FINISHED").get(list(UUID.randomUUID())).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", containsString("status"))
                .body("violations[0].message", containsString("COMPLETED"));
    }

    @Test
    @TestSecurity(user = "patient1", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = MINE))
    void aPatientSeesTheirOwnPlansAndNotAnotherPatients() {
        UUID mine = draft(UUID.fromString(MINE), Route.IV, DoseUnit.MG_PER_KG, "0.5");
        UUID other = UUID.randomUUID();
        draft(other, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        api().get(list(UUID.fromString(MINE))).then().statusCode(200).body("items.id", contains(mine.toString()))
                .body("items[0].status", equalTo(PlanStatus.DRAFT.name()));
        api().get(list(other)).then().statusCode(404);
    }

    @Test
    void listingFourPlansSendsTheSameStatementsAsListingOne() {
        UUID one = RealPatients.eligible();
        draft(one, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        UUID four = RealPatients.eligible();
        for (int i = 0; i < 4; i++) {
            draft(four, Route.IV, DoseUnit.MG_PER_KG, "0.5");
        }
        SqlStatements.Recording listingOne = listing(one, 1);
        SqlStatements.Recording listingFour = listing(four, 4);
        assertThat(listingFour.shapes()).as(listingFour.toString()).isEqualTo(listingOne.shapes());
    }

    static SqlStatements.Recording listing(UUID patient, int plans) {
        try (SqlStatements.Recording sql = SqlStatements.record()) {
            as("nurse1").get(list(patient)).then().statusCode(200).body("totalItems", equalTo(plans));
            return sql;
        }
    }
}
