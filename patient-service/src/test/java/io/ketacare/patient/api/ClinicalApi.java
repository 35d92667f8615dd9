package io.ketacare.patient.api;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.ketacare.patient.domain.Demographics;
import io.ketacare.patient.domain.Patients;
import io.ketacare.patient.domain.Sex;
import io.ketacare.patient.persistence.PatientRepository;
import io.ketacare.platform.testing.Contracts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.UUID;

/** Shared set-up of the clinical record tests: patients, request bodies and contract-checked requests. */
final class ClinicalApi {

    static final OpenApiValidationFilter CONTRACT = Contracts.validator("patient-service");

    private ClinicalApi() {
    }

    /** A request checked against the published contract. */
    static RequestSpecification api() {
        return given().filter(CONTRACT).contentType(ContentType.JSON);
    }

    /** A request deliberately outside the contract (invalid input). */
    static RequestSpecification raw() {
        return given().contentType(ContentType.JSON);
    }

    static String patientPath(UUID patientId, String sub) {
        return "/api/v1/patients/" + patientId + "/" + sub;
    }

    static UUID newPatient(Patients patients) {
        return patients.register(demographics()).id;
    }

    /** The record a patient token's claim links to, created once. */
    static UUID ensurePatient(Patients patients, PatientRepository repository, String id) {
        UUID patientId = UUID.fromString(id);
        QuarkusTransaction.requiringNew().run(() -> {
            if (repository.findByIdOptional(patientId).isEmpty()) {
                patients.register(patientId, demographics());
            }
        });
        return patientId;
    }

    private static Demographics demographics() {
        return new Demographics("C-" + UUID.randomUUID().toString().substring(0, 12), "Casey", "Clinical", LocalDate.of(1980, 2, 2),
                Sex.FEMALE, null, null);
    }

    static String condition(String kind, String status) {
        return """
                {"kind":"%s","icd10Code":"F33.1","description":"%s","status":"%s"}""".formatted(kind, kind.toLowerCase(), status);
    }

    static String medication(String name, String medicationClass, String status) {
        return """
                {"name":"%s","medicationClass":"%s","dailyDoseMg":20,"status":"%s"}""".formatted(name, medicationClass, status);
    }

    static String benzodiazepine(String name, String lorazepamEquivalent) {
        return """
                {"name":"%s","medicationClass":"BENZODIAZEPINE","dailyDoseMg":1,"lorazepamEquivalentMgPerDay":%s,"status":"ACTIVE"}"""
                .formatted(name, lorazepamEquivalent);
    }

    static String trial(String drug, boolean adequate, String outcome) {
        return """
                {"type":"ANTIDEPRESSANT_TRIAL","drug":"%s","dailyDoseMg":20,"durationWeeks":8,"adequate":%s,"outcome":"%s"}"""
                .formatted(drug, adequate, outcome);
    }

    static String assessment(String instrument, String items) {
        return """
                {"instrument":"%s","items":%s}""".formatted(instrument, items);
    }

    static String screening(int systolic, int diastolic, String pregnant) {
        return """
                {"vitals":{"systolicMmHg":%d,"diastolicMmHg":%d,"heartRateBpm":72,"spo2Percent":98,"weightKg":70.5},
                 "answers":{"pregnant":"%s","breastfeeding":"NO","ketamineHypersensitivity":"NO","activePsychosisOrMania":"NO"}}"""
                .formatted(systolic, diastolic, pregnant);
    }

    static String review(String decision, String reason) {
        return """
                {"decision":"%s","reason":"%s"}""".formatted(decision, reason);
    }
}
