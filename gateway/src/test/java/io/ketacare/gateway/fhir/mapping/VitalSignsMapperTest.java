package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

class VitalSignsMapperTest {

    private final List<Observation> screening = VitalSignsMapper.toFhir(VitalSigns.atScreening(Records.screening(new BigDecimal("70.5"))));

    @Test
    void bloodPressureIsThePanel85354_9WithSystolic8480_6AndDiastolic8462_4InMmHg() {
        Observation bp = byCode("85354-9");
        assertThat(bp.getComponent()).hasSize(2);
        assertThat(bp.getComponent().get(0).getCode().getCodingFirstRep().getCode()).isEqualTo("8480-6");
        assertThat(ucum(bp.getComponent().get(0).getValueQuantity())).isEqualTo("128 mm[Hg]");
        assertThat(bp.getComponent().get(1).getCode().getCodingFirstRep().getCode()).isEqualTo("8462-4");
        assertThat(ucum(bp.getComponent().get(1).getValueQuantity())).isEqualTo("82 mm[Hg]");
        assertThat(bp.getMeta().getProfile().get(0).getValue()).isEqualTo("http://hl7.org/fhir/StructureDefinition/bp");
    }

    @Test
    void heartRateIs8867_4PerMinute() {
        assertThat(ucum(byCode("8867-4").getValueQuantity())).isEqualTo("72 /min");
    }

    @Test
    void oxygenSaturationCarriesBoth2708_6AndTheUsCorePulseOximetryCode59408_5InPercent() {
        Observation spo2 = byCode("2708-6");
        assertThat(spo2.getCode().getCoding()).extracting(Coding::getCode).containsExactly("2708-6", "59408-5");
        assertThat(ucum(spo2.getValueQuantity())).isEqualTo("98 %");
    }

    @Test
    void bodyWeightIs29463_7InKg() {
        assertThat(ucum(byCode("29463-7").getValueQuantity())).isEqualTo("70.5 kg");
    }

    @Test
    void everyScreeningVitalSignIsInTheVitalSignsCategoryAndValidAgainstItsR4Profile() {
        assertThat(screening).hasSize(4);
        for (Observation observation : screening) {
            assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("vital-signs");
            assertThat(observation.hasEncounter()).isFalse();
            R4Validation.assertValid(observation);
        }
    }

    @Test
    void aSessionReadingAddsRespiratoryRate9279_1AndRefersToTheSessionEncounter() {
        List<Observation> session = VitalSignsMapper.toFhir(VitalSigns.inSession(Records.PATIENT, Records.SESSION, Records.vital()));

        assertThat(session).extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .containsExactly("85354-9", "8867-4", "2708-6", "9279-1");
        assertThat(ucum(session.get(3).getValueQuantity())).isEqualTo("14 /min");
        assertThat(session).allSatisfy(o -> assertThat(o.getEncounter().getReference())
                .isEqualTo("Encounter/" + FhirIds.of(Records.PATIENT, Records.SESSION)));
        session.forEach(R4Validation::assertValid);
    }

    @Test
    void aMeasurementNotTakenGivesNoObservation() {
        VitalSigns onlyPressure = new VitalSigns(Records.PATIENT, Records.RECORD, null, Records.AT, 120, 80, null, null, null, null, null);
        assertThat(VitalSignsMapper.toFhir(onlyPressure)).hasSize(1);
    }

    private Observation byCode(String code) {
        return screening.stream().filter(o -> o.getCode().getCodingFirstRep().getCode().equals(code)).findFirst().orElseThrow();
    }

    private static String ucum(Quantity quantity) {
        assertThat(quantity.getSystem()).isEqualTo(Codes.UCUM);
        return quantity.getValue().toPlainString() + " " + quantity.getCode();
    }
}
