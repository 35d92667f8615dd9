package io.ketacare.patient.domain.screening;

import io.ketacare.patient.domain.assessment.CssrsRisk;
import io.ketacare.patient.domain.record.ConditionKind;
import io.ketacare.patient.domain.record.ConditionStatus;
import io.ketacare.patient.domain.record.MedicationClass;
import io.ketacare.patient.domain.record.MedicationStatus;
import io.ketacare.patient.domain.record.Severity;
import io.ketacare.patient.domain.screening.RecordFacts.ConditionFact;
import io.ketacare.patient.domain.screening.RecordFacts.MedicationFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A screening to evaluate in a rule test: by default a patient every rule of protocol 1 passes. */
final class ScreeningCase {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    int systolic = 120;
    int diastolic = 80;
    Answer pregnant = Answer.NO;
    Answer breastfeeding = Answer.NO;
    Answer hypersensitivity = Answer.NO;
    Answer psychosisOrMania = Answer.NO;
    final List<ConditionFact> conditions = new ArrayList<>();
    final List<MedicationFact> medications = new ArrayList<>();
    Optional<CssrsRisk> cssrs = Optional.of(CssrsRisk.NONE);

    static ScreeningCase eligiblePatient() {
        return new ScreeningCase();
    }

    ScreeningCase bloodPressure(int systolic, int diastolic) {
        this.systolic = systolic;
        this.diastolic = diastolic;
        return this;
    }

    ScreeningCase condition(ConditionKind kind, ConditionStatus status) {
        return condition(kind, status, null, null);
    }

    ScreeningCase condition(ConditionKind kind, ConditionStatus status, Severity severity, LocalDate lastUse) {
        conditions.add(new ConditionFact(kind, status, severity, lastUse, kind.name().toLowerCase()));
        return this;
    }

    ScreeningCase medication(MedicationClass medicationClass, MedicationStatus status) {
        medications.add(new MedicationFact(medicationClass.name().toLowerCase(), medicationClass, status, null));
        return this;
    }

    ScreeningCase benzodiazepine(String name, String lorazepamEquivalentMg) {
        medications.add(new MedicationFact(name, MedicationClass.BENZODIAZEPINE, MedicationStatus.ACTIVE,
                lorazepamEquivalentMg == null ? null : new BigDecimal(lorazepamEquivalentMg)));
        return this;
    }

    ScreeningCase cssrs(CssrsRisk risk) {
        this.cssrs = Optional.ofNullable(risk);
        return this;
    }

    ScreeningCase answers(Answer pregnant, Answer breastfeeding, Answer hypersensitivity, Answer psychosisOrMania) {
        this.pregnant = pregnant;
        this.breastfeeding = breastfeeding;
        this.hypersensitivity = hypersensitivity;
        this.psychosisOrMania = psychosisOrMania;
        return this;
    }

    ScreeningInput input() {
        return new ScreeningInput(new Vitals(systolic, diastolic, 70, 98, null),
                new ScreeningAnswers(pregnant, breastfeeding, hypersensitivity, psychosisOrMania),
                new RecordFacts(conditions, medications, cssrs), TODAY);
    }

    Evaluation evaluate() {
        return EligibilityEngine.evaluate(ProtocolV1.protocol(), input());
    }

    List<String> codes() {
        return evaluate().findings().stream().map(Finding::code).toList();
    }
}
