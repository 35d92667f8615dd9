package io.ketacare.patient.domain.screening;

import java.time.Instant;
import java.util.List;

/** A published version of the screening protocol: its rules, in order, and the treatment-resistance threshold. */
public record Protocol(int version, Instant publishedAt, String title, int trdMinFailedTrials, List<ProtocolRule> rules) {
}
