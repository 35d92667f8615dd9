package io.ketacare.consent.domain.consent;

import java.time.Instant;
import java.util.List;

/** A consent as it stands at one instant: its state then, whether it is current, and its questions. */
public record ConsentView(Consent consent, ConsentStatus status, boolean current, List<ConsentQuestion> questions, Instant evaluatedAt) {
}
