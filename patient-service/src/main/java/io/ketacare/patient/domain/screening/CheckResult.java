package io.ketacare.patient.domain.screening;

/** The result of checking one rule: clear, present (the rule fires) or unknown (it could not be checked). */
public record CheckResult(Determination determination, String message) {

    public static final CheckResult CLEAR = new CheckResult(null, null);

    public static CheckResult present(String message) {
        return new CheckResult(Determination.PRESENT, message);
    }

    public static CheckResult unknown(String message) {
        return new CheckResult(Determination.UNKNOWN, message);
    }

    public boolean isClear() {
        return determination == null;
    }
}
