package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.consent.PlanRecord;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;

/**
 * A treatment plan's dose → MedicationRequest (intent order) based on the plan's CarePlan: ketamine,
 * or esketamine for the intranasal route; the route in SNOMED CT; the dose as a UCUM quantity (mg/kg
 * of the weight of the day, or mg); an IV infusion's duration in minutes. Status: DRAFT → draft,
 * ACTIVE → active, PAUSED → on-hold, COMPLETED → completed, CANCELLED → cancelled, anything else → unknown.
 */
public final class MedicationRequestMapper {

    private MedicationRequestMapper() {
    }

    public static MedicationRequest toFhir(PlanRecord p) {
        MedicationRequest request = new MedicationRequest();
        request.setId(FhirIds.of(p.patientId(), p.id()));
        request.getMeta().setVersionId(String.valueOf(p.planVersion()));
        request.setStatus(status(p.status()));
        request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        request.setMedication(Codes.medicationFor(p.route()));
        request.setSubject(Fhir.patient(p.patientId()));
        request.setAuthoredOnElement(Fhir.dateTime(p.createdAt()));
        request.setRequester(Fhir.user(p.prescriber()));
        request.addReasonCode().setText(p.indication());
        request.addBasedOn(new Reference("CarePlan/" + FhirIds.of(p.patientId(), p.id())));
        request.addDosageInstruction(dosage(p));
        return request;
    }

    public static Dosage dosage(PlanRecord p) {
        Dosage dosage = new Dosage();
        dosage.setRoute(Codes.route(p.route()));
        if (p.dose() != null) {
            Quantity dose = doseQuantity(p.dose());
            dosage.addDoseAndRate().setDose(dose);
            dosage.setText(dose.getValue().stripTrailingZeros().toPlainString() + " " + dose.getUnit()
                    + (p.infusionMinutes() != null ? " over " + p.infusionMinutes() + " min" : ""));
        }
        if (p.infusionMinutes() != null) {
            dosage.setTiming(new Timing().setRepeat(new Timing.TimingRepeatComponent()
                    .setDuration(p.infusionMinutes()).setDurationUnit(Timing.UnitsOfTime.MIN)));
        }
        return dosage;
    }

    /** MG_PER_KG → mg/kg, MG → mg (UCUM). */
    public static Quantity doseQuantity(PlanRecord.Dose dose) {
        return "MG_PER_KG".equals(dose.unit())
                ? Fhir.quantity(dose.value(), "mg/kg", "mg/kg")
                : Fhir.quantity(dose.value(), "mg", "mg");
    }

    /** DRAFT → draft, ACTIVE → active, PAUSED → on-hold, COMPLETED → completed, CANCELLED → cancelled, anything else → unknown. */
    public static MedicationRequestStatus status(String status) {
        return switch (status == null ? "" : status) {
            case "DRAFT" -> MedicationRequestStatus.DRAFT;
            case "ACTIVE" -> MedicationRequestStatus.ACTIVE;
            case "PAUSED" -> MedicationRequestStatus.ONHOLD;
            case "COMPLETED" -> MedicationRequestStatus.COMPLETED;
            case "CANCELLED" -> MedicationRequestStatus.CANCELLED;
            default -> MedicationRequestStatus.UNKNOWN;
        };
    }
}
