package io.ketacare.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Object-level access across two patients: patient1's token never gets patient2's data from any
 * FHIR search or read (an empty Bundle or 404), while patient2's own token does.
 */
class FhirBolaE2ETest {

    static final List<String> TYPES = List.of("Observation", "Condition", "MedicationStatement", "Consent", "CarePlan", "MedicationRequest",
            "Appointment", "Encounter", "MedicationAdministration", "AdverseEvent");
    static final String OTHER = PathwayJourney.PATIENT;

    @BeforeAll
    static void patient2HasARecord() {
        PathwayJourney.run();
    }

    static Response get(String user, String path) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(Stack.token(user)).get(path);
    }

    /** Nothing of the other patient: 404, or a Bundle without a single matching entry. */
    static void nothingOf(Response response, String what) {
        if (response.statusCode() == 404) {
            assertThat(response.contentType()).as(what).startsWith("application/fhir+json");
            return;
        }
        assertThat(response.statusCode()).as(what + " " + response.asString()).isEqualTo(200);
        JsonPath bundle = response.jsonPath();
        assertThat(bundle.getString("resourceType")).isEqualTo("Bundle");
        assertThat(bundle.getInt("total")).as(what).isZero();
        assertThat(bundle.getList("entry.findAll { it.search.mode == 'match' }")).as(what).isEmpty();
        assertThat(response.asString()).as(what).doesNotContain("Patient/" + OTHER);
    }

    @TestFactory
    Stream<DynamicTest> patient1SearchingPatient2GetsNothing() {
        return TYPES.stream().map(type -> DynamicTest.dynamicTest(type, () -> {
            nothingOf(get("patient1", "/fhir/r4/" + type + "?patient=" + OTHER), type + " ?patient=");
            nothingOf(get("patient1", "/fhir/r4/" + type + "?patient=Patient/" + OTHER), type + " ?patient=Patient/");
        }));
    }

    @Test
    void patient1ReadingPatient2Gets404() {
        nothingOf(get("patient1", "/fhir/r4/Patient?_id=" + OTHER), "Patient?_id=");
        assertThat(get("patient1", "/fhir/r4/Patient/" + OTHER).statusCode()).isEqualTo(404);
        String conditionOfPatient2 = get("patient2", "/fhir/r4/Condition?patient=" + OTHER).jsonPath().getString("entry[0].resource.id");
        assertThat(conditionOfPatient2).isNotNull();
        assertThat(get("patient1", "/fhir/r4/Condition/" + conditionOfPatient2).statusCode()).isEqualTo(404);
        assertThat(get("patient2", "/fhir/r4/Condition/" + conditionOfPatient2).statusCode()).isEqualTo(200);
    }

    @Test
    void patient2FindsTheirOwnRecord() {
        for (String type : List.of("Observation", "Condition", "Consent", "CarePlan")) {
            Response response = get("patient2", "/fhir/r4/" + type + "?patient=" + OTHER);
            assertThat(response.statusCode()).as(type).isEqualTo(200);
            assertThat(response.jsonPath().getInt("total")).as(type).isPositive();
        }
    }

    @Test
    void patient1CannotSearchPatientsByName() {
        Response response = get("patient1", "/fhir/r4/Patient?name=Patient");
        assertThat(response.statusCode()).isIn(403, 200);
        if (response.statusCode() == 200) {
            assertThat(response.asString()).doesNotContain(OTHER);
        }
    }
}
