package io.ketacare.consent.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One schedule phase of a plan, e.g. induction: 4 weeks at 2 sessions a week. */
@Embeddable
public class Phase {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int weeks;

    @Column(name = "sessions_per_week", nullable = false)
    public BigDecimal sessionsPerWeek;

    public static Phase of(String name, int weeks, BigDecimal sessionsPerWeek) {
        Phase phase = new Phase();
        phase.name = name;
        phase.weeks = weeks;
        phase.sessionsPerWeek = sessionsPerWeek;
        return phase;
    }
}
