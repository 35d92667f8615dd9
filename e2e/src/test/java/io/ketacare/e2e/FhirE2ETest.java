package io.ketacare.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * An integrator with a client-credentials token reads patient2's whole pathway as FHIR R4 through
 * the gateway; every resource of every type validates against R4 core with no error. The results
 * per type are written to target/fhir-validation.txt.
 */
class FhirE2ETest {

    static final String FHIR = "/fhir/r4";
    static final List<String> PATIENT_AND_CONSENT_TYPES = List.of("Patient", "Observation", "Condition", "MedicationStatement", "Consent",
            "CarePlan", "MedicationRequest");
    static final List<String> SESSION_TYPES = List.of("Appointment", "Encounter", "MedicationAdministration", "AdverseEvent");
    static final Map<String, String> RESULTS = new TreeMap<>();

    static PathwayJourney.Result journey;
    static String integrator;

    @BeforeAll
    static void walkThePathway() {
        journey = PathwayJourney.run();
        integrator = PathwayJourney.integratorToken();
    }

    @AfterAll
    static void writeResults() throws IOException {
        Path report = Path.of("target", "fhir-validation.txt");
        Files.createDirectories(report.getParent());
        List<String> lines = new ArrayList<>();
        RESULTS.forEach((type, result) -> lines.add(type + ": " + result));
        Files.write(report, lines);
    }

    static Response search(String type, String token, String query) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).get(FHIR + "/" + type + "?" + query);
    }

    static Bundle bundle(Response response) {
        return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, response.asString());
    }

    @TestFactory
    Stream<DynamicTest> everyResourceOfPatient2ValidatesAgainstR4Core() {
        return Stream.concat(PATIENT_AND_CONSENT_TYPES.stream(), SESSION_TYPES.stream()).map(type -> DynamicTest.dynamicTest(type, () -> {
            String query = type.equals("Patient") ? "_id=" + PathwayJourney.PATIENT : "patient=Patient/" + PathwayJourney.PATIENT + "&_count=200";
            Response response = search(type, integrator, query);
            assertThat(response.statusCode()).as(type + " " + response.asString()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/fhir+json");
            Bundle bundle = bundle(response);
            List<String> errors = new ArrayList<>(R4Validator.errors(bundle));
            int count = 0;
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.getSearch().getMode() == Bundle.SearchEntryMode.MATCH) {
                    count++;
                    errors.addAll(R4Validator.errors(entry.getResource()));
                }
            }
            RESULTS.put(type, count + " resources, " + errors.size() + " validation errors");
            assertThat(errors).as(type).isEmpty();
            assertThat(count).as(type + " resources of patient2").isPositive();
            assertThat(bundle.getTotal()).isEqualTo(count);
        }));
    }

    @Test
    void scoresAndVitalSignsCarryLoincAndTheVitalSignsProfiles() {
        Bundle bundle = bundle(search("Observation", integrator, "patient=" + PathwayJourney.PATIENT + "&_count=200"));
        List<Observation> observations = bundle.getEntry().stream().map(e -> e.getResource()).filter(Observation.class::isInstance)
                .map(Observation.class::cast).toList();

        assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6"));
        assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("70274-6"));
        assertThat(observations).anySatisfy(o -> assertThat(o.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly("http://hl7.org/fhir/StructureDefinition/bp"));
        Bundle vitals = bundle(search("Observation", integrator, "patient=" + PathwayJourney.PATIENT + "&category=vital-signs&_count=200"));
        assertThat(matches(vitals)).isNotEmpty().allSatisfy(r -> assertThat(((Observation) r).getCategoryFirstRep()
                .getCodingFirstRep().getCode()).isEqualTo("vital-signs"));
    }

    @Test
    void theSessionUnderInfusionIsAnInProgressEncounterWithItsRunningDoseVitalsScoresAndAdverseEvent() {
        String session = base36(journey.dosedSessionId());
        Map<String, Resource> byId = new TreeMap<>();
        for (String type : List.of("Encounter", "Appointment", "MedicationAdministration", "AdverseEvent", "Observation")) {
            matches(bundle(search(type, integrator, "patient=" + PathwayJourney.PATIENT + "&_count=200")))
                    .forEach(r -> byId.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r));
        }
        String id = byId.keySet().stream().filter(k -> k.startsWith("Encounter/") && k.endsWith("-" + session)).findFirst().orElseThrow();
        String composite = id.substring("Encounter/".length());
        assertThat(((org.hl7.fhir.r4.model.Encounter) byId.get(id)).getStatus()).isEqualTo(org.hl7.fhir.r4.model.Encounter.EncounterStatus.INPROGRESS);
        assertThat(((org.hl7.fhir.r4.model.Appointment) byId.get("Appointment/" + composite)).getStatus())
                .isEqualTo(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.ARRIVED);
        org.hl7.fhir.r4.model.MedicationAdministration dose = (org.hl7.fhir.r4.model.MedicationAdministration) byId.get(
                "MedicationAdministration/" + composite + "-dose");
        assertThat(dose.getStatus()).isEqualTo(org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus.INPROGRESS);
        assertThat(dose.getDosage().getRoute().getCodingFirstRep().getCode()).isEqualTo("47625008");
        assertThat(((org.hl7.fhir.r4.model.Medication) dose.getContained().get(0)).getBatch().getLotNumber()).isEqualTo("LOT-PW-1");
        List<Observation> inSession = byId.values().stream().filter(Observation.class::isInstance).map(Observation.class::cast)
                .filter(o -> o.getEncounter().getReference() != null && o.getEncounter().getReference().equals("Encounter/" + composite)).toList();
        assertThat(inSession).extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .contains("85354-9", "8867-4", "2708-6", "MOAAS", "CADSS");
        assertThat(byId.values()).anySatisfy(r -> assertThat(r).isInstanceOfSatisfying(org.hl7.fhir.r4.model.AdverseEvent.class,
                e -> assertThat(e.getEncounter().getReference()).isEqualTo("Encounter/" + composite)));
    }

    @Test
    void theWithdrawnConsentIsInactiveAndTheSignedOneActive() {
        Bundle bundle = bundle(search("Consent", integrator, "patient=" + PathwayJourney.PATIENT + "&_count=200"));
        Map<String, Consent.ConsentState> states = new TreeMap<>();
        bundle.getEntry().forEach(e -> states.put(e.getResource().getIdElement().getIdPart(), ((Consent) e.getResource()).getStatus()));

        assertThat(states).containsValue(Consent.ConsentState.ACTIVE).containsValue(Consent.ConsentState.INACTIVE);
        String withdrawn = states.keySet().stream().filter(id -> id.endsWith(base36(journey.withdrawnConsentId()))).findFirst().orElseThrow();
        assertThat(states.get(withdrawn)).isEqualTo(Consent.ConsentState.INACTIVE);
    }

    @Test
    void theActivePlanIsAnActiveCarePlanAndEveryResourceReadsBackById() {
        Bundle plans = bundle(search("CarePlan", integrator, "patient=" + PathwayJourney.PATIENT));
        CarePlan plan = plans.getEntry().stream().map(e -> (CarePlan) e.getResource())
                .filter(p -> p.getIdElement().getIdPart().endsWith(base36(journey.planId()))).findFirst().orElseThrow();
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);

        for (String type : Set.of("CarePlan", "MedicationRequest", "Condition", "Patient")) {
            String query = type.equals("Patient") ? "_id=" + PathwayJourney.PATIENT : "patient=" + PathwayJourney.PATIENT;
            Resource first = bundle(search(type, integrator, query)).getEntryFirstRep().getResource();
            String id = first.getIdElement().getIdPart();
            given().baseUri(Stack.GATEWAY).auth().oauth2(integrator).get(FHIR + "/" + type + "/" + id)
                    .then().statusCode(200).contentType("application/fhir+json");
        }
    }

    @Test
    void searchesPageWithTotalAndNextLinks() {
        Bundle first = bundle(search("Observation", integrator, "patient=" + PathwayJourney.PATIENT + "&_count=2"));
        assertThat(first.getTotal()).isGreaterThan(2);
        assertThat(matches(first)).hasSize(2);
        String next = first.getLink("next").getUrl();
        assertThat(next).contains("_offset=2");

        Bundle second = bundle(given().auth().oauth2(integrator).get(next));
        assertThat(second.getTotal()).isEqualTo(first.getTotal());
        assertThat(matches(second)).hasSize(2);
        assertThat(matches(second).get(0).getId()).isNotEqualTo(matches(first).get(0).getId());
        assertThat(second.getLink("previous")).isNotNull();
    }

    @Test
    void patientsAreFoundByNameOrMrn() {
        Bundle bundle = bundle(search("Patient", Stack.token("clinician1"), "name=DEMO-0002&_count=10"));
        assertThat(bundle.getTotal()).isPositive();
        assertThat(matches(bundle)).allSatisfy(p -> assertThat(R4Validator.errors(p)).isEmpty());
    }

    static List<Resource> matches(Bundle bundle) {
        return bundle.getEntry().stream().filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH)
                .map(Bundle.BundleEntryComponent::getResource).toList();
    }

    @Test
    void metadataNeedsNoTokenAndAnAnonymousSearchIs401() {
        given().baseUri(Stack.GATEWAY).get(FHIR + "/metadata").then().statusCode(200).contentType("application/fhir+json");
        given().baseUri(Stack.GATEWAY).get(FHIR + "/Observation?patient=" + PathwayJourney.PATIENT).then().statusCode(401)
                .contentType("application/fhir+json");
    }

    /** The record part of a composite FHIR id is the record's UUID in base 36. */
    static String base36(String uuid) {
        java.util.UUID u = java.util.UUID.fromString(uuid);
        java.math.BigInteger value = new java.math.BigInteger(1, java.nio.ByteBuffer.allocate(16)
                .putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
        return value.toString(36);
    }
}
