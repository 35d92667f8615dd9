package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.as;
import static org.assertj.core.api.Assertions.assertThat;
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
import io.ketacare.platform.testing.SqlStatements;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The SQL of the treatment authorization answer, pinned: it does not grow with the number of
 * consents, questions or plans the patient has.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = RealServices.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealServices.SERVICES, value = RealPatients.PATIENT_SERVICE))
class TreatmentAuthorizationQueryCountTest {

    @Inject
    Consents consents;

    @Inject
    TreatmentPlans plans;

    /** An eligible patient with the given number of witnessed consents (each with a question) and an active IV plan. */
    UUID patientWith(int consentCount) {
        UUID patient = RealPatients.eligible();
        for (int i = 0; i < consentCount; i++) {
            UUID consent = consents.present(patient, ConsentApi.SEEDED, null, "clinician1").consent().id;
            consents.ask(consent, "Question " + i + "?", "Answer " + i, "clinician1");
            consents.witness(consent, "Sam Self", "Signed in my presence", "clinician1");
        }
        UUID plan = plans.draft(patient, "TRD", new DoseRule(Route.IV, DoseUnit.MG_PER_KG, new BigDecimal("0.5"), null, null),
                List.of(Phase.of("induction", 3, new BigDecimal("2"))), 6, "clinician1").id;
        as("clinician1").post("/api/v1/treatment-plans/" + plan + "/activation").then().statusCode(200);
        return patient;
    }

    SqlStatements.Recording authorizing(UUID patient) {
        try (SqlStatements.Recording sql = SqlStatements.record()) {
            as("nurse1").queryParam("route", "IV").get("/api/v1/patients/" + patient + "/treatment-authorization")
                    .then().statusCode(200).body("authorized", equalTo(true));
            return sql;
        }
    }

    @Test
    void theAuthorizationAnswerSendsTheSameSevenStatementsForOneConsentAsForFour() {
        SqlStatements.Recording one = authorizing(patientWith(1));
        SqlStatements.Recording four = authorizing(patientWith(4));
        assertThat(one.shapes()).as(one.toString()).containsExactly(
                "SELECT treatment_plan", "SELECT treatment_plan_phase",
                "SELECT consent", "SELECT consent_document_version", "SELECT consent_question",
                "SELECT rems_enrollment", "INSERT audit_event");
        assertThat(four.shapes()).as(four.toString()).isEqualTo(one.shapes());
    }
}
