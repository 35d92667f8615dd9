package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.patient.ConditionRecord;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;

/**
 * A diagnosis or history item → a problem-list Condition coded in ICD-10. Status: ACTIVE → active,
 * IN_REMISSION → remission, RESOLVED → resolved (all confirmed); ENTERED_IN_ERROR → verification
 * entered-in-error without a clinical status. Severity MILD/MODERATE/SEVERE → SNOMED CT.
 */
public final class ConditionMapper {

    private ConditionMapper() {
    }

    public static Condition toFhir(ConditionRecord c) {
        Condition condition = new Condition();
        condition.setId(FhirIds.of(c.patientId(), c.id()));
        condition.getMeta().setVersionId(String.valueOf(c.version())).setLastUpdated(Fhir.date(c.updatedAt() != null ? c.updatedAt() : c.createdAt()));
        if ("ENTERED_IN_ERROR".equals(c.status())) {
            condition.setVerificationStatus(Codes.concept(Codes.CONDITION_VERIFICATION, "entered-in-error", "Entered in Error"));
        } else {
            condition.setClinicalStatus(clinicalStatus(c.status()));
            condition.setVerificationStatus(Codes.concept(Codes.CONDITION_VERIFICATION, "confirmed", "Confirmed"));
        }
        condition.addCategory(Codes.concept(Codes.CONDITION_CATEGORY, "problem-list-item", "Problem List Item"));
        condition.setCode(code(c));
        CodeableConcept severity = severity(c.severity());
        if (severity != null) {
            condition.setSeverity(severity);
        }
        condition.setSubject(Fhir.patient(c.patientId()));
        if (c.onsetDate() != null) {
            condition.setOnset(Fhir.dateTime(c.onsetDate()));
        }
        condition.setRecordedDateElement(Fhir.dateTime(c.createdAt()));
        condition.setRecorder(Fhir.user(c.recordedBy()));
        if (c.note() != null) {
            condition.addNote().setText(c.note());
        }
        return condition;
    }

    /** ACTIVE → active, IN_REMISSION → remission, RESOLVED → resolved. */
    public static CodeableConcept clinicalStatus(String status) {
        return switch (status) {
            case "IN_REMISSION" -> Codes.concept(Codes.CONDITION_CLINICAL, "remission", "Remission");
            case "RESOLVED" -> Codes.concept(Codes.CONDITION_CLINICAL, "resolved", "Resolved");
            default -> Codes.concept(Codes.CONDITION_CLINICAL, "active", "Active");
        };
    }

    /** MILD → 255604002, MODERATE → 6736007, SEVERE → 24484000 (SNOMED CT); none otherwise. */
    public static CodeableConcept severity(String severity) {
        if (severity == null) {
            return null;
        }
        return switch (severity) {
            case "MILD" -> Codes.concept(Codes.SNOMED, "255604002", "Mild");
            case "MODERATE" -> Codes.concept(Codes.SNOMED, "6736007", "Moderate");
            case "SEVERE" -> Codes.concept(Codes.SNOMED, "24484000", "Severe");
            default -> null;
        };
    }

    private static CodeableConcept code(ConditionRecord c) {
        CodeableConcept code = new CodeableConcept().setText(c.description());
        if (c.icd10Code() != null) {
            code.addCoding(new Coding(Codes.ICD10, c.icd10Code(), null));
        }
        if (c.kind() != null) {
            code.addCoding(new Coding(Codes.LOCAL_CONDITION_KIND, c.kind(), null));
        }
        return code;
    }
}
