package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.as;
import static io.ketacare.consent.api.ConsentApi.rawAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.ketacare.platform.testing.PostgresTestResource;
import io.ketacare.consent.RealPatients;
import io.ketacare.platform.testing.RealServices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = RealServices.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealServices.SERVICES, value = RealPatients.PATIENT_SERVICE))
class PlanRevisionResourceTest {

    static String revision(String value, String rationale) {
        return "{" + (rationale == null ? "" : "\"rationale\":\"" + rationale + "\",") + "\"indication\":\"Treatment-resistant depression\","
                + "\"dose\":{\"unit\":\"MG_PER_KG\",\"value\":" + value + "},"
                + "\"phases\":[{\"name\":\"induction\",\"weeks\":3,\"sessionsPerWeek\":2},{\"name\":\"maintenance\",\"weeks\":8,\"sessionsPerWeek\":0.5}],"
                + "\"estimatedSessions\":10}";
    }

    String draftedIvPlan() {
        return as("clinician1").body(TreatmentPlanResourceTest.plan("IV", "MG_PER_KG", "0.5", ""))
                .post(TreatmentPlanResourceTest.draftPath(UUID.randomUUID())).then().statusCode(201).extract().path("id");
    }

    @Test
    void aRevisionIsANewVersionWithItsRationaleAndOldVersionsStayReadable() {
        String plan = draftedIvPlan();
        as("clinician1").body(revision("0.75", "Partial response after 4 sessions")).post("/api/v1/treatment-plans/" + plan + "/revisions").then()
                .statusCode(201).header("Location", containsString("/versions/2")).body("planVersion", equalTo(2))
                .body("dose.value", equalTo(0.75f)).body("infusionMinutes", equalTo(40)).body("phases[1].sessionsPerWeek", equalTo(0.5f));
        as("clinician1").get("/api/v1/treatment-plans/" + plan + "/versions").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.planVersion", contains(1, 2)).body("items[0].rationale", nullValue())
                .body("items[0].dose.value", equalTo(0.5f)).body("items[1].rationale", equalTo("Partial response after 4 sessions"));
        as("clinician1").get("/api/v1/treatment-plans/" + plan + "/versions/1").then().statusCode(200).body("dose.value", equalTo(0.5f));
        as("clinician1").get("/api/v1/treatment-plans/" + plan).then().body("planVersion", equalTo(2));
    }

    @Test
    void aRevisionOutsideTheProtocolIsRefusedAndTheVersionStays() {
        String plan = draftedIvPlan();
        as("clinician1").body(revision("1.01", "Raise")).post("/api/v1/treatment-plans/" + plan + "/revisions").then().statusCode(422)
                .body("criteria[0].code", equalTo("DOSE_ABOVE_MAXIMUM"));
        as("clinician1").get("/api/v1/treatment-plans/" + plan).then().body("planVersion", equalTo(1));
    }

    @Test
    void aRevisionNeedsARationale() {
        String plan = draftedIvPlan();
        rawAs("clinician1").body(revision("0.6", null)).post("/api/v1/treatment-plans/" + plan + "/revisions").then().statusCode(400)
                .body("violations[0].field", equalTo("rationale"));
        as("clinician1").get("/api/v1/treatment-plans/" + plan + "/versions/9").then().statusCode(404);
        as("clinician1").body(revision("0.6", "x")).post("/api/v1/treatment-plans/" + UUID.randomUUID() + "/revisions").then().statusCode(404);
    }
}
