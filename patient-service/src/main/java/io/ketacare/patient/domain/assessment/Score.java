package io.ketacare.patient.domain.assessment;

import java.util.List;

/** What scoring item answers gives: the total, the band it falls in and the safety flags raised. */
public record Score(int total, String band, List<Flag> flags) {
}
