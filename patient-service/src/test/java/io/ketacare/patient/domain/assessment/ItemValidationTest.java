package io.ketacare.patient.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ketacare.platform.problem.Violation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrong item count, an item out of range, an unknown instrument: each named so the client can fix it. */
class ItemValidationTest {

    static List<Violation> check(Instrument instrument, Integer... answers) {
        return instrument.definition().violations(Arrays.asList(answers));
    }

    @Test
    void phq9With8ItemsIsRejected() {
        assertThat(check(Instrument.PHQ9, 0, 0, 0, 0, 0, 0, 0, 0)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("items");
            assertThat(v.message()).contains("exactly 9").contains("got 8");
        });
    }

    @Test
    void phq9With10ItemsIsRejected() {
        assertThat(check(Instrument.PHQ9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).extracting(Violation::field).containsExactly("items");
    }

    @Test
    void phq9ItemOf3IsAcceptedAndOf4IsRejectedNamingTheItem() {
        assertThat(check(Instrument.PHQ9, 0, 0, 0, 3, 0, 0, 0, 0, 0)).isEmpty();
        assertThat(check(Instrument.PHQ9, 0, 0, 0, 4, 0, 0, 0, 0, 0)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("items[3]");
            assertThat(v.message()).isEqualTo("item 4 of PHQ9 must be 0 to 3, got 4");
        });
    }

    @Test
    void negativeOrMissingItemsAreRejected() {
        assertThat(check(Instrument.GAD7, -1, 0, 0, 0, 0, null, 0)).extracting(Violation::field).containsExactly("items[0]", "items[5]");
    }

    @Test
    void pcl5ItemOf4IsAcceptedAndOf5IsRejected() {
        assertThat(Instrument.PCL5.definition().violations(Collections.nCopies(20, 4))).isEmpty();
        assertThat(Instrument.PCL5.definition().violations(Collections.nCopies(20, 5))).hasSize(20);
    }

    @Test
    void madrsItemOf6IsAcceptedAndOf7IsRejected() {
        assertThat(check(Instrument.MADRS, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6)).isEmpty();
        assertThat(check(Instrument.MADRS, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7)).extracting(Violation::field).containsExactly("items[9]");
    }

    @Test
    void cssrsQuestion6TakesThreeAnswersTheOthersTwo() {
        assertThat(check(Instrument.CSSRS_SCREEN, 1, 1, 1, 1, 1, 2)).isEmpty();
        assertThat(check(Instrument.CSSRS_SCREEN, 2, 0, 0, 0, 0, 0)).extracting(Violation::field).containsExactly("items[0]");
        assertThat(check(Instrument.CSSRS_SCREEN, 0, 0, 0, 0, 0, 3)).extracting(Violation::field).containsExactly("items[5]");
    }

    @Test
    void unknownInstrumentIsNotParsed() {
        assertThat(Instrument.parse("BDI2")).isEmpty();
        assertThat(Instrument.parse("PHQ9")).contains(Instrument.PHQ9);
    }

    @Test
    void instrumentsCarryTheirLoincCodes() {
        assertThat(Instrument.PHQ9.definition()).extracting(InstrumentDefinition::panelCode, InstrumentDefinition::scoreCode)
                .containsExactly("44249-1", "44261-6");
        assertThat(Instrument.GAD7.definition()).extracting(InstrumentDefinition::panelCode, InstrumentDefinition::scoreCode)
                .containsExactly("69737-5", "70274-6");
        assertThat(Instrument.PCL5.definition()).extracting(InstrumentDefinition::panelCode, InstrumentDefinition::scoreCode)
                .containsExactly("101697-1", "101698-9");
    }
}
