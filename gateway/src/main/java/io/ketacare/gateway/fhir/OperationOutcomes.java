package io.ketacare.gateway.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** The OperationOutcome bodies of FHIR errors and warnings. */
public final class OperationOutcomes {

    private OperationOutcomes() {
    }

    public static OperationOutcome error(IssueType type, String diagnostics) {
        return of(IssueSeverity.ERROR, type, diagnostics);
    }

    public static OperationOutcome warning(IssueType type, String diagnostics) {
        return of(IssueSeverity.WARNING, type, diagnostics);
    }

    /** The issue type of an HTTP error status. */
    public static IssueType typeOf(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 503 -> IssueType.TRANSIENT;
            default -> status < 500 ? IssueType.PROCESSING : IssueType.EXCEPTION;
        };
    }

    private static OperationOutcome of(IssueSeverity severity, IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(diagnostics);
        return outcome;
    }
}
