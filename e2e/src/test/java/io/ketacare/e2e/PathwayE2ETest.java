package io.ketacare.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pathway view through the real gateway: patient2 taken to an active plan is in induction, with
 * every part of the document read from its owner, and the document matches the gateway's merged contract.
 */
class PathwayE2ETest {

    static final String PATHWAY = "/api/v1/patients/" + PathwayJourney.PATIENT + "/pathway";
    static PathwayJourney.Result journey;
    static OpenApiValidationFilter mergedContract;

    @BeforeAll
    static void walkThePathway() {
        journey = PathwayJourney.run();
        mergedContract = new OpenApiValidationFilter(Stack.GATEWAY + "/openapi?format=json");
    }

    static ValidatableResponse pathwayAs(String user) {
        return given().baseUri(Stack.GATEWAY).filter(mergedContract).header("Authorization", "Bearer " + Stack.token(user)).get(PATHWAY).then();
    }

    /** Induction under the new plan: its first dose given, a session under monitoring and one booked. */
    static void inInductionAfterTheFirstDose(JsonPath pathway) {
        assertThat(pathway.getString("stage")).isEqualTo("INDUCTION");
        assertThat(pathway.getList("stageBasis", String.class)).containsExactly("plan active", "1 of 6 induction doses given");
        assertThat(pathway.getString("sessions.status")).isEqualTo("AVAILABLE");
        assertThat(pathway.getInt("sessions.dosesGiven")).isEqualTo(1);
        assertThat(pathway.getInt("sessions.booked")).isGreaterThanOrEqualTo(2);
        assertThat(pathway.getInt("sessions.estimated")).isEqualTo(10);
    }

    @Test
    void aClinicianSeesPatient2WithTheNewPlanActive() {
        JsonPath pathway = pathwayAs("clinician1").statusCode(200)
                .body("patientId", equalTo(PathwayJourney.PATIENT))
                .body("patient.status", equalTo("AVAILABLE")).body("patient.mrn", equalTo("DEMO-0002"))
                .body("eligibility.status", equalTo("AVAILABLE")).body("eligibility.decision", equalTo("ELIGIBLE"))
                .body("consent.status", equalTo("AVAILABLE")).body("consent.current.id", equalTo(journey.consentId()))
                .body("consent.current.routes", hasItem("IV"))
                .body("plan.status", equalTo("AVAILABLE")).body("plan.active.id", equalTo(journey.planId()))
                .body("plan.active.inductionSessions", equalTo(6))
                .body("plan.current.id", equalTo(journey.planId())).body("plan.current.status", equalTo("ACTIVE"))
                .body("plan.onRecord", greaterThanOrEqualTo(1))
                .body("scores.status", equalTo("AVAILABLE"))
                .body("scores.latest.instrument", hasItems("PHQ9", "GAD7", "CSSRS_SCREEN"))
                .body("scores.latest.find { it.instrument == 'PHQ9' }.total", equalTo(16))
                .body("scores.latest.find { it.instrument == 'PHQ9' }.baselineTotal", notNullValue())
                .extract().jsonPath();
        inInductionAfterTheFirstDose(pathway);
    }

    @Test
    void aNurseSeesTheSessionsAndTheirAlertsPart() {
        JsonPath pathway = pathwayAs("nurse1").statusCode(200).extract().jsonPath();
        assertThat(pathway.getString("sessions.status")).isEqualTo("AVAILABLE");
        assertThat(pathway.getString("sessions.next.id")).isNotNull();
        assertThat(pathway.getString("alerts.status")).isEqualTo("AVAILABLE");
        assertThat(pathway.getList("alerts.overdueRemsReports")).isNotNull();
    }

    @Test
    void anIntegratorReadsThePathwayWithAClientCredentialsToken() {
        given().baseUri(Stack.GATEWAY).filter(mergedContract).header("Authorization", "Bearer " + PathwayJourney.integratorToken()).get(PATHWAY)
                .then().statusCode(200).body("plan.active.id", equalTo(journey.planId()));
    }

    @Test
    void patient2SeesTheirOwnPathwayAndPatient1Gets404() {
        JsonPath own = pathwayAs("patient2").statusCode(200).extract().jsonPath();
        inInductionAfterTheFirstDose(own);
        assertThat(own.getString("alerts.status")).isEqualTo("AVAILABLE");
        assertThat(own.getString("plan.active.id")).isEqualTo(journey.planId());
        pathwayAs("patient1").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withoutATokenThePathwayIs401() {
        given().baseUri(Stack.GATEWAY).get(PATHWAY).then().statusCode(401).contentType("application/problem+json");
    }
}
