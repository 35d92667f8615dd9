package io.ketacare.patient.api;

import static io.ketacare.patient.api.ClinicalApi.api;
import static io.ketacare.patient.api.ClinicalApi.assessment;
import static io.ketacare.patient.api.ClinicalApi.condition;
import static io.ketacare.patient.api.ClinicalApi.medication;
import static io.ketacare.patient.api.ClinicalApi.patientPath;
import static io.ketacare.patient.api.ClinicalApi.review;
import static io.ketacare.patient.api.ClinicalApi.screening;
import static io.ketacare.patient.api.ClinicalApi.trial;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.persistence.PatientRepository;
import io.ketacare.platform.testing.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class EligibilityResourceTest {

    static final String SELF = "1b1b1b1b-1111-4222-8333-444444444444";

    @Inject
    Patients patients;

    @Inject
    PatientRepository patientRepository;

    static String screen(UUID patient, int systolic) {
        api().body(assessment("CSSRS_SCREEN", "[0,0,0,0,0,0]")).post(patientPath(patient, "assessments")).then().statusCode(201);
        return api().body(screening(systolic, 80, "NO")).post(patientPath(patient, "screenings")).then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void noScreeningIsNotScreened() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().get(patientPath(patient, "eligibility")).then().statusCode(200)
                .body("status", equalTo("NOT_SCREENED")).body("reasons.code", contains("NOT_SCREENED"))
                .body("treatmentResistantDepression", equalTo(false));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void newInteractingMedicationMakesAnEligibleDecisionStale() {
        UUID patient = ClinicalApi.newPatient(patients);
        String screeningId = screen(patient, 120);
        String path = patientPath(patient, "eligibility");
        api().get(path).then().statusCode(200)
                .body("status", equalTo("ELIGIBLE")).body("screeningId", equalTo(screeningId)).body("protocolVersion", equalTo(1))
                .body("decidedAt", notNullValue()).body("stale", equalTo(false));

        api().body(medication("Phenelzine", "MAOI", "ACTIVE")).post(patientPath(patient, "medications")).then().statusCode(201);
        api().get(path).then().statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW")).body("stale", equalTo(true))
                .body("reasons.code", contains("RECORD_CHANGED_SINCE_SCREENING"))
                .body("reasons[0].message", containsString("Phenelzine"));

        api().body(screening(120, 80, "NO")).post(patientPath(patient, "screenings")).then().statusCode(201)
                .body("outcome", equalTo("NEEDS_REVIEW")).body("findings.code", contains("INTERACTING_MAOI"));
        api().get(path).then().body("status", equalTo("NEEDS_REVIEW")).body("stale", equalTo(false))
                .body("reasons.code", contains("INTERACTING_MAOI"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void newConditionOrHighRiskScreenMakesTheDecisionStale() {
        UUID patient = ClinicalApi.newPatient(patients);
        screen(patient, 120);
        api().body(condition("CARDIOVASCULAR_DISEASE", "ACTIVE")).post(patientPath(patient, "conditions")).then().statusCode(201);
        api().get(patientPath(patient, "eligibility")).then().body("status", equalTo("NEEDS_REVIEW"))
                .body("reasons[0].code", equalTo("RECORD_CHANGED_SINCE_SCREENING"));

        UUID other = ClinicalApi.newPatient(patients);
        screen(other, 120);
        api().body(assessment("PHQ9", "[0,0,0,0,0,0,0,0,0]")).post(patientPath(other, "assessments")).then().statusCode(201);
        api().get(patientPath(other, "eligibility")).then().body("status", equalTo("ELIGIBLE"));
        api().body(assessment("CSSRS_SCREEN", "[1,1,0,0,1,0]")).post(patientPath(other, "assessments")).then().statusCode(201);
        api().get(patientPath(other, "eligibility")).then().body("status", equalTo("NEEDS_REVIEW"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void reviewedDecisionIsCurrentAndTreatmentResistanceIsDerived() {
        UUID patient = ClinicalApi.newPatient(patients);
        api().body(trial("Sertraline", true, "NO_RESPONSE")).post(patientPath(patient, "treatment-history")).then().statusCode(201);
        api().body(trial("Venlafaxine", true, "PARTIAL_RESPONSE")).post(patientPath(patient, "treatment-history")).then().statusCode(201);
        String id = screen(patient, 150);
        api().get(patientPath(patient, "eligibility")).then().body("status", equalTo("NEEDS_REVIEW"))
                .body("failedAdequateTrials", equalTo(2)).body("treatmentResistantDepression", equalTo(true));
        api().body(review("ELIGIBLE", "Rechecked at 130/80")).post(patientPath(patient, "screenings/" + id + "/review"))
                .then().statusCode(200);
        api().get(patientPath(patient, "eligibility")).then().statusCode(200)
                .body("status", equalTo("ELIGIBLE")).body("review.decision", equalTo("ELIGIBLE"))
                .body("reasons.code", contains("BLOOD_PRESSURE_ABOVE_LIMIT"));
    }

    @Test
    @TestSecurity(user = "clinician1", roles = "clinician")
    void unknownPatientIsNotFound() {
        api().get(patientPath(UUID.randomUUID(), "eligibility")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "scheduler1", roles = "scheduler")
    void schedulerMayNotSeeEligibility() {
        api().get(patientPath(ClinicalApi.newPatient(patients), "eligibility")).then().statusCode(403);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get(patientPath(UUID.randomUUID(), "eligibility")).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "patient12", roles = "patient")
    @OidcSecurity(claims = @Claim(key = "patient_id", value = SELF))
    void patientReadsOwnEligibilityOnly() {
        UUID self = ClinicalApi.ensurePatient(patients, patientRepository, SELF);
        api().get(patientPath(self, "eligibility")).then().statusCode(200).body("patientId", equalTo(SELF));
        api().get(patientPath(ClinicalApi.newPatient(patients), "eligibility")).then().statusCode(404);
    }
}
