package io.ketacare.consent.api;

import static io.ketacare.consent.api.ConsentApi.api;
import static io.ketacare.consent.api.ConsentApi.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TreatmentPlanResourceTest {

    static final String PHASES = "\"phases\":[{\"name\":\"induction\",\"weeks\":3,\"sessionsPerWeek\":2}],\"estimatedSessions\":6";

    static String plan(String route, String unit, String value, String extra) {
        return "{\"indication\":\"Treatment-resistant depression\",\"route\":\"" + route + "\",\"dose\":{\"unit\":\"" + unit + "\",\"value\":" + value + "},"
                + extra + PHASES + "}";
    }

    static String draftPath(UUID patient) {
        return "/api/v1/patients/" + patient + "/treatment-plans";
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void clinicianDraftsAnIvPlanWithTheDefaultInfusionAndReadsItWithAnEtag() {
        UUID patient = UUID.randomUUID();
        String id = api().body(plan("IV", "MG_PER_KG", "0.5", "")).post(draftPath(patient)).then().statusCode(201)
                .header("Location", containsString("/api/v1/treatment-plans/")).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT")).body("planVersion", equalTo(1)).body("protocolVersion", equalTo(1))
                .body("infusionMinutes", equalTo(40)).body("prescriber", equalTo("clinician1")).body("dose.value", equalTo(0.5f))
                .extract().path("id");
        api().get("/api/v1/treatment-plans/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("patientId", equalTo(patient.toString())).body("phases[0].name", equalTo("induction"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void ivBoundariesFromTheSeededProtocol() {
        UUID patient = UUID.randomUUID();
        api().body(plan("IV", "MG_PER_KG", "0.1", "")).post(draftPath(patient)).then().statusCode(201);
        api().body(plan("IV", "MG_PER_KG", "1.0", "")).post(draftPath(patient)).then().statusCode(201);
        api().body(plan("IV", "MG_PER_KG", "0.09", "")).post(draftPath(patient)).then().statusCode(422)
                .contentType("application/problem+json").body("type", containsString("dose-outside-protocol"))
                .body("criteria[0].code", equalTo("DOSE_BELOW_MINIMUM")).body("criteria[0].message", containsString("0.1 mg/kg"));
        api().body(plan("IV", "MG_PER_KG", "1.01", "")).post(draftPath(patient)).then().statusCode(422)
                .body("criteria[0].code", equalTo("DOSE_ABOVE_MAXIMUM")).body("criteria[0].message", containsString("1 mg/kg"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void intranasalOnly28_56_84WithFirstInductionDose56() {
        UUID patient = UUID.randomUUID();
        api().body(plan("INTRANASAL", "MG", "28", "")).post(draftPath(patient)).then().statusCode(201).body("firstDoseMg", equalTo(56));
        api().body(plan("INTRANASAL", "MG", "27", "")).post(draftPath(patient)).then().statusCode(422)
                .body("criteria[0].code", equalTo("DOSE_NOT_ALLOWED"));
        api().body(plan("INTRANASAL", "MG", "84", "\"firstDoseMg\":28,\"infusionMinutes\":40,")).post(draftPath(patient)).then().statusCode(422)
                .body("criteria.code", hasItems("FIRST_INDUCTION_DOSE", "INFUSION_DURATION_NOT_APPLICABLE"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void oralFixedAndPerKgDosesFollowTheProtocol() {
        UUID patient = UUID.randomUUID();
        api().body(plan("ORAL_LOZENGE", "MG", "300", "")).post(draftPath(patient)).then().statusCode(201);
        api().body(plan("ORAL_LOZENGE", "MG", "301", "")).post(draftPath(patient)).then().statusCode(422);
        api().body(plan("ORAL_LOZENGE", "MG_PER_KG", "7.0", "")).post(draftPath(patient)).then().statusCode(201);
        api().body(plan("IV", "MG", "35", "")).post(draftPath(patient)).then().statusCode(422).body("criteria[0].code", equalTo("DOSE_UNIT_NOT_ALLOWED"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void invalidPlansAreListedAsViolations() {
        raw().body("{\"route\":\"IV\",\"phases\":[],\"estimatedSessions\":0}").post(draftPath(UUID.randomUUID())).then().statusCode(400)
                .body("violations.field", hasItems("indication", "dose", "phases", "estimatedSessions"));
        raw().body(plan("IV", "MG_PER_KG", "0.5", "").replace("\"IV\"", "\"RECTAL\"")).post(draftPath(UUID.randomUUID())).then().statusCode(400)
                .body("violations.field", hasItem("route"));
    }

    @Test
    @TestSecurity(user = "nurse1", roles = "nurse")
    void onlyAClinicianPrescribesAndUnknownPlansAreNotFound() {
        api().body(plan("IV", "MG_PER_KG", "0.5", "")).post(draftPath(UUID.randomUUID())).then().statusCode(403);
        api().get("/api/v1/treatment-plans/" + UUID.randomUUID()).then().statusCode(404);
    }
}
