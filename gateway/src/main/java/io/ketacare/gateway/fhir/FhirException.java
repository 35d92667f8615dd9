package io.ketacare.gateway.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** A FHIR request the gateway answers with an OperationOutcome: its HTTP status, issue type and diagnostics. */
public class FhirException extends RuntimeException {

    private final int status;
    private final IssueType issueType;

    public FhirException(int status, IssueType issueType, String diagnostics) {
        super(diagnostics, null, false, false);
        this.status = status;
        this.issueType = issueType;
    }

    public static FhirException invalid(String diagnostics) {
        return new FhirException(400, IssueType.INVALID, diagnostics);
    }

    public static FhirException notFound(String diagnostics) {
        return new FhirException(404, IssueType.NOTFOUND, diagnostics);
    }

    public int status() {
        return status;
    }

    public IssueType issueType() {
        return issueType;
    }
}
