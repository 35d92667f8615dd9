package io.ketacare.patient.domain.screening;

import java.time.LocalDate;

/** Everything the rules read: vitals and answers from the screening, the record, and the screening date. */
public record ScreeningInput(Vitals vitals, ScreeningAnswers answers, RecordFacts record, LocalDate today) {
}
