package io.ketacare.patient.domain.assessment;

/** Risk levels of the C-SSRS screener, lowest first. */
public enum CssrsRisk {
    NONE, LOW, MODERATE, HIGH;

    public boolean isAtLeast(CssrsRisk other) {
        return compareTo(other) >= 0;
    }
}
