package io.ketacare.patient.domain.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A finding as a screening keeps it (table screening_finding). */
@Embeddable
public class RecordedFinding {

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleEffect effect;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Determination determination;

    @Column(nullable = false)
    public String message;

    static RecordedFinding of(Finding finding) {
        RecordedFinding recorded = new RecordedFinding();
        recorded.code = finding.code();
        recorded.effect = finding.effect();
        recorded.determination = finding.determination();
        recorded.message = finding.message();
        return recorded;
    }

    Finding toFinding() {
        return new Finding(code, effect, determination, message);
    }
}
