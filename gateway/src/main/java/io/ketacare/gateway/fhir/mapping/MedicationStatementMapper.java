package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.patient.MedicationRecord;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Timing;

/**
 * A current or past medication → MedicationStatement. Status: ACTIVE → active, STOPPED → stopped,
 * ENTERED_IN_ERROR → entered-in-error. The daily dose is a UCUM mg quantity once a day; the
 * medication class (MAOI, benzodiazepine, …) is coded with KetaCare's own system.
 */
public final class MedicationStatementMapper {

    private MedicationStatementMapper() {
    }

    public static MedicationStatement toFhir(MedicationRecord m) {
        MedicationStatement statement = new MedicationStatement();
        statement.setId(FhirIds.of(m.patientId(), m.id()));
        statement.getMeta().setVersionId(String.valueOf(m.version())).setLastUpdated(Fhir.date(m.updatedAt() != null ? m.updatedAt() : m.createdAt()));
        statement.setStatus(status(m.status()));
        CodeableConcept medication = new CodeableConcept().setText(m.name());
        if (m.medicationClass() != null) {
            medication.addCoding(new Coding(Codes.LOCAL_MEDICATION_CLASS, m.medicationClass(), null));
        }
        statement.setMedication(medication);
        statement.setSubject(Fhir.patient(m.patientId()));
        if (m.startDate() != null || m.endDate() != null) {
            Period period = new Period();
            if (m.startDate() != null) {
                period.setStartElement(Fhir.dateTime(m.startDate()));
            }
            if (m.endDate() != null) {
                period.setEndElement(Fhir.dateTime(m.endDate()));
            }
            statement.setEffective(period);
        }
        statement.setDateAssertedElement(Fhir.dateTime(m.createdAt()));
        if (m.dailyDoseMg() != null) {
            Dosage dosage = statement.addDosage().setText(m.dailyDoseMg().stripTrailingZeros().toPlainString() + " mg a day");
            dosage.setTiming(new Timing().setRepeat(new Timing.TimingRepeatComponent().setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D)));
            dosage.addDoseAndRate().setDose(Fhir.quantity(m.dailyDoseMg(), "mg", "mg"));
        }
        if (m.note() != null) {
            statement.addNote().setText(m.note());
        }
        return statement;
    }

    /** ACTIVE → active, STOPPED → stopped, ENTERED_IN_ERROR → entered-in-error, anything else → unknown. */
    public static MedicationStatementStatus status(String status) {
        return switch (status == null ? "" : status) {
            case "ACTIVE" -> MedicationStatementStatus.ACTIVE;
            case "STOPPED" -> MedicationStatementStatus.STOPPED;
            case "ENTERED_IN_ERROR" -> MedicationStatementStatus.ENTEREDINERROR;
            default -> MedicationStatementStatus.UNKNOWN;
        };
    }
}
