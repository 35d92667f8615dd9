package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.session.SessionRecord;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * The dose given in a session → MedicationAdministration in that Encounter, against the plan's
 * MedicationRequest: the product (with its lot number) as a contained Medication, the route in SNOMED
 * CT, the dose in mg (UCUM), dosing start to end. Status: completed once dosing ended, stopped when
 * the session was aborted before, in-progress otherwise.
 */
public final class MedicationAdministrationMapper {

    private MedicationAdministrationMapper() {
    }

    public static MedicationAdministration toFhir(SessionRecord s) {
        SessionRecord.Dose dose = s.dose();
        MedicationAdministration administration = new MedicationAdministration();
        administration.setId(FhirIds.of(s.patientId(), s.id(), "dose"));
        administration.setStatus(status(s));
        Medication product = new Medication();
        product.setId("product");
        product.setCode(Codes.medicationFor(dose.route()));
        product.getBatch().setLotNumber(dose.lotNumber());
        administration.addContained(product);
        administration.setMedication(new Reference("#product"));
        administration.setSubject(Fhir.patient(s.patientId()));
        administration.setContext(new Reference("Encounter/" + FhirIds.of(s.patientId(), s.id())));
        Period period = new Period().setStartElement(Fhir.dateTime(dose.startedAt()));
        if (dose.endedAt() != null) {
            period.setEndElement(Fhir.dateTime(dose.endedAt()));
        }
        administration.setEffective(period);
        if (dose.givenBy() != null) {
            administration.addPerformer().setActor(Fhir.user(dose.givenBy()));
        }
        if (dose.planId() != null) {
            administration.setRequest(new Reference("MedicationRequest/" + FhirIds.of(s.patientId(), dose.planId())));
        }
        MedicationAdministration.MedicationAdministrationDosageComponent dosage = administration.getDosage();
        dosage.setRoute(Codes.route(dose.route()));
        dosage.setDose(Fhir.quantity(dose.doseMg(), "mg", "mg"));
        StringBuilder text = new StringBuilder(dose.doseMg().stripTrailingZeros().toPlainString()).append(" mg");
        if (dose.mgPerKg() != null && dose.weightKg() != null) {
            text.append(" (").append(dose.mgPerKg().stripTrailingZeros().toPlainString()).append(" mg/kg × ")
                    .append(dose.weightKg().stripTrailingZeros().toPlainString()).append(" kg)");
        }
        if (dose.devices() != null) {
            text.append(", ").append(dose.devices()).append(" devices");
        }
        dosage.setText(text.append(", plan version ").append(dose.planVersion()).toString());
        return administration;
    }

    public static MedicationAdministrationStatus status(SessionRecord s) {
        if (s.dose().endedAt() != null) {
            return MedicationAdministrationStatus.COMPLETED;
        }
        return "ABORTED".equals(s.status()) ? MedicationAdministrationStatus.STOPPED : MedicationAdministrationStatus.INPROGRESS;
    }
}
