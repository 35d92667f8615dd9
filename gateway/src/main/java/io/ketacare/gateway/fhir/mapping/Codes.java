package io.ketacare.gateway.fhir.mapping;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** The code systems and codes of the FHIR face: HL7 terminology, LOINC, SNOMED CT, UCUM and KetaCare's own. */
public final class Codes {

    public static final String LOINC = "http://loinc.org";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    public static final String V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    public static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String ADVERSE_EVENT_SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
    public static final String ADVERSE_EVENT_SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
    public static final String ADVERSE_EVENT_OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome";

    /** KetaCare's own code systems, for what no public code system names. */
    public static final String KETACARE = "https://ketacare.dev/fhir/CodeSystem/";
    public static final String LOCAL_OBSERVATION = KETACARE + "observation";
    public static final String LOCAL_MEDICATION = KETACARE + "medication";
    public static final String LOCAL_CONDITION_KIND = KETACARE + "condition-kind";
    public static final String LOCAL_MEDICATION_CLASS = KETACARE + "medication-class";
    public static final String LOCAL_ADVERSE_EVENT_TYPE = KETACARE + "adverse-event-type";
    /** Medical record numbers issued by patient-service. */
    public static final String MRN_SYSTEM = "https://ketacare.dev/fhir/sid/mrn";
    /** Consent document versions, as published by consent-service. */
    public static final String CONSENT_DOCUMENTS = "https://ketacare.dev/consent-documents/";

    /** SNOMED CT routes of administration of KetaCare's routes. */
    private static final Map<String, Coding> ROUTES = Map.of(
            "IV", new Coding(SNOMED, "47625008", "Intravenous route"),
            "IM", new Coding(SNOMED, "78421000", "Intramuscular route"),
            "ORAL_LOZENGE", new Coding(SNOMED, "26643006", "Oral route"),
            "INTRANASAL", new Coding(SNOMED, "46713006", "Nasal route"));

    private Codes() {
    }

    public static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    /** The SNOMED CT route of a KetaCare route, the route's name as text when it has no code. */
    public static CodeableConcept route(String route) {
        Coding coding = ROUTES.get(route);
        if (coding == null) {
            return new CodeableConcept().setText(route);
        }
        return new CodeableConcept().addCoding(coding.copy()).setText(coding.getDisplay());
    }

    /** Ketamine, or esketamine for the intranasal route. */
    public static CodeableConcept medicationFor(String route) {
        return "INTRANASAL".equals(route)
                ? concept(LOCAL_MEDICATION, "ESKETAMINE", "Esketamine").setText("Esketamine nasal spray")
                : concept(LOCAL_MEDICATION, "KETAMINE", "Ketamine").setText("Ketamine hydrochloride");
    }
}
