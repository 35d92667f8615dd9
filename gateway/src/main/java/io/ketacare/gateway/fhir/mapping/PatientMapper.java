package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.patient.PatientRecord;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/** patient-service's patient → FHIR Patient: MRN identifier, official name, birth date, gender, telecom. */
public final class PatientMapper {

    private PatientMapper() {
    }

    public static Patient toFhir(PatientRecord p) {
        Patient patient = new Patient();
        patient.setId(p.id().toString());
        patient.getMeta().setVersionId(String.valueOf(p.version())).setLastUpdated(Fhir.date(p.updatedAt() != null ? p.updatedAt() : p.createdAt()));
        patient.setActive(true);
        patient.addIdentifier()
                .setUse(Identifier.IdentifierUse.USUAL)
                .setType(Codes.concept(Codes.V2_IDENTIFIER_TYPE, "MR", "Medical record number"))
                .setSystem(Codes.MRN_SYSTEM)
                .setValue(p.mrn());
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(p.familyName()).addGiven(p.givenName());
        patient.setBirthDateElement(Fhir.day(p.birthDate()));
        patient.setGender(gender(p.sex()));
        if (p.phone() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(p.phone());
        }
        if (p.email() != null) {
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(p.email());
        }
        return patient;
    }

    /** FEMALE → female, MALE → male, OTHER → other, anything else → unknown. */
    public static AdministrativeGender gender(String sex) {
        if (sex == null) {
            return AdministrativeGender.UNKNOWN;
        }
        return switch (sex) {
            case "FEMALE" -> AdministrativeGender.FEMALE;
            case "MALE" -> AdministrativeGender.MALE;
            case "OTHER" -> AdministrativeGender.OTHER;
            default -> AdministrativeGender.UNKNOWN;
        };
    }
}
