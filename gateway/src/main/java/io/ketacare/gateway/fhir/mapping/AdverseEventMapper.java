package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.session.AdverseEventRecord;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;

/**
 * An adverse event of a session → an actual AdverseEvent in that Encounter, the session's dose as
 * the suspect. Severity: MILD → mild, MODERATE → moderate, SEVERE and LIFE_THREATENING → severe;
 * seriousness: LIFE_THREATENING → Serious, else Non-serious. Outcome: ONGOING → ongoing, RESOLVED →
 * resolved, RESOLVED_WITH_SEQUELAE → resolvedWithSequelae, TRANSFERRED_TO_EMERGENCY_CARE → ongoing.
 */
public final class AdverseEventMapper {

    private AdverseEventMapper() {
    }

    public static AdverseEvent toFhir(AdverseEventRecord e) {
        AdverseEvent event = new AdverseEvent();
        event.setId(FhirIds.of(e.patientId(), e.id()));
        event.getMeta().setVersionId(String.valueOf(e.version()));
        event.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
        event.setEvent(Codes.concept(Codes.LOCAL_ADVERSE_EVENT_TYPE, e.type(), null).setText(e.description() != null ? e.description() : e.type()));
        event.setSubject(Fhir.patient(e.patientId()));
        event.setEncounter(new Reference("Encounter/" + FhirIds.of(e.patientId(), e.sessionId())));
        event.setDateElement(Fhir.dateTime(e.onsetAt()));
        event.setRecorder(Fhir.user(e.recordedBy()));
        event.setSeverity(severity(e.severity()));
        event.setSeriousness("LIFE_THREATENING".equals(e.severity())
                ? Codes.concept(Codes.ADVERSE_EVENT_SERIOUSNESS, "Serious", "Serious")
                : Codes.concept(Codes.ADVERSE_EVENT_SERIOUSNESS, "Non-serious", "Non-serious"));
        event.setOutcome(outcome(e.outcome()));
        event.addSuspectEntity().setInstance(new Reference("MedicationAdministration/" + FhirIds.of(e.patientId(), e.sessionId(), "dose")));
        return event;
    }

    public static CodeableConcept severity(String severity) {
        return switch (severity == null ? "" : severity) {
            case "MILD" -> Codes.concept(Codes.ADVERSE_EVENT_SEVERITY, "mild", "Mild");
            case "MODERATE" -> Codes.concept(Codes.ADVERSE_EVENT_SEVERITY, "moderate", "Moderate");
            default -> Codes.concept(Codes.ADVERSE_EVENT_SEVERITY, "severe", "Severe");
        };
    }

    public static CodeableConcept outcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "RESOLVED" -> Codes.concept(Codes.ADVERSE_EVENT_OUTCOME, "resolved", "Resolved");
            case "RESOLVED_WITH_SEQUELAE" -> Codes.concept(Codes.ADVERSE_EVENT_OUTCOME, "resolvedWithSequelae", "Resolved with Sequelae");
            case "ONGOING", "TRANSFERRED_TO_EMERGENCY_CARE" -> Codes.concept(Codes.ADVERSE_EVENT_OUTCOME, "ongoing", "Ongoing");
            default -> Codes.concept(Codes.ADVERSE_EVENT_OUTCOME, "unknown", "Unknown");
        };
    }
}
