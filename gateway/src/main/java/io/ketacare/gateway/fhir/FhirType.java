package io.ketacare.gateway.fhir;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The resource types of the FHIR face, each with the search parameters it takes besides {@code _count} and {@code _offset}. */
public enum FhirType {
    PATIENT("Patient", "The patient: MRN, name, birth date, gender, telecom", Set.of("_id", "name")),
    OBSERVATION("Observation", "Scores (PHQ-9, GAD-7, PCL-5 in LOINC; MADRS, C-SSRS), vital signs (R4 vital-signs profiles), MOAA/S and CADSS",
            Set.of("patient", "subject", "category")),
    CONDITION("Condition", "Diagnoses and medical or psychiatric history, ICD-10", Set.of("patient", "subject")),
    MEDICATION_STATEMENT("MedicationStatement", "Current and past medications", Set.of("patient", "subject")),
    CONSENT("Consent", "Treatment consents; withdrawn or expired ones are inactive", Set.of("patient")),
    CARE_PLAN("CarePlan", "Active treatment plans with their schedule phases", Set.of("patient", "subject")),
    MEDICATION_REQUEST("MedicationRequest", "The dose of each active plan: ketamine or esketamine, SNOMED CT route, UCUM dose",
            Set.of("patient", "subject")),
    APPOINTMENT("Appointment", "Booked treatment sessions", Set.of("patient", "actor")),
    ENCOUNTER("Encounter", "Treatment sessions and their state", Set.of("patient", "subject")),
    MEDICATION_ADMINISTRATION("MedicationAdministration", "Doses given in sessions, with lot number", Set.of("patient", "subject")),
    ADVERSE_EVENT("AdverseEvent", "Adverse events recorded in sessions", Set.of("subject", "patient"));

    private final String name;
    private final String documentation;
    private final Set<String> searchParameters;

    FhirType(String name, String documentation, Set<String> searchParameters) {
        this.name = name;
        this.documentation = documentation;
        this.searchParameters = searchParameters;
    }

    public String fhirName() {
        return name;
    }

    public String documentation() {
        return documentation;
    }

    public Set<String> searchParameters() {
        return searchParameters;
    }

    public static Optional<FhirType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.name.equals(name)).findFirst();
    }
}
