package io.ketacare.patient.domain.screening;

import static io.ketacare.patient.domain.screening.AbsoluteContraindicationRulesTest.assertEligible;
import static io.ketacare.patient.domain.screening.ClinicianReviewRulesTest.assertNeedsReviewBy;
import static io.ketacare.patient.domain.screening.ScreeningCase.eligiblePatient;
import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.patient.domain.record.MedicationClass;
import io.ketacare.patient.domain.record.MedicationStatus;
import org.junit.jupiter.api.Test;

/** Interacting medications of protocol 1: only current (ACTIVE) ones count. */
class InteractingMedicationRulesTest {

    @Test
    void maoiNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().medication(MedicationClass.MAOI, MedicationStatus.ACTIVE), "INTERACTING_MAOI");
    }

    @Test
    void stoppedMaoiIsEligible() {
        assertEligible(eligiblePatient().medication(MedicationClass.MAOI, MedicationStatus.STOPPED));
    }

    @Test
    void maoiEnteredInErrorIsEligible() {
        assertEligible(eligiblePatient().medication(MedicationClass.MAOI, MedicationStatus.ENTERED_IN_ERROR));
    }

    @Test
    void psychostimulantNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().medication(MedicationClass.PSYCHOSTIMULANT, MedicationStatus.ACTIVE),
                "INTERACTING_PSYCHOSTIMULANT");
    }

    @Test
    void benzodiazepineOf3mgLorazepamEquivalentIsEligible() {
        assertEligible(eligiblePatient().benzodiazepine("lorazepam", "3"));
    }

    @Test
    void benzodiazepineOf3point001mgLorazepamEquivalentNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().benzodiazepine("lorazepam", "3.001"), "BENZODIAZEPINE_ABOVE_LIMIT");
    }

    @Test
    void twoBenzodiazepinesAddingUpToMoreThan3mgNeedReview() {
        ScreeningCase screening = eligiblePatient().benzodiazepine("alprazolam", "2").benzodiazepine("clonazepam", "1.5");
        assertNeedsReviewBy(screening, "BENZODIAZEPINE_ABOVE_LIMIT");
        assertThat(screening.evaluate().findings().get(0).message()).contains("3.5 mg").contains("alprazolam, clonazepam");
    }

    @Test
    void benzodiazepineWithoutLorazepamEquivalentNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().benzodiazepine("diazepam", null), "BENZODIAZEPINE_ABOVE_LIMIT", Determination.UNKNOWN);
    }

    @Test
    void opioidNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().medication(MedicationClass.OPIOID, MedicationStatus.ACTIVE), "INTERACTING_OPIOID");
    }

    @Test
    void otherCnsDepressantNeedsReview() {
        assertNeedsReviewBy(eligiblePatient().medication(MedicationClass.OTHER_CNS_DEPRESSANT, MedicationStatus.ACTIVE),
                "INTERACTING_CNS_DEPRESSANT");
    }

    @Test
    void antidepressantIsEligible() {
        assertEligible(eligiblePatient().medication(MedicationClass.ANTIDEPRESSANT, MedicationStatus.ACTIVE));
    }
}
