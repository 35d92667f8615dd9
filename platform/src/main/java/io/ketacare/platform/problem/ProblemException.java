package io.ketacare.platform.problem;

import java.util.List;

/**
 * A refusal the client can act on. Domain code throws one of the factory results; the one
 * mapper in {@link ProblemMapper} turns it into a problem+json response.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Violation> violations;
    private final List<Criterion> criteria;
    private final Integer retryAfterSeconds;

    protected ProblemException(int status, String slug, String title, String detail,
            List<Violation> violations, List<Criterion> criteria, Integer retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.criteria = List.copyOf(criteria);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException invalid(List<Violation> violations) {
        String detail = violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid request", detail, violations, List.of(), null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found", List.of(), List.of(), null);
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail, List.of(), List.of(), null);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "if-match-required", "If-Match required",
                "Updates require an If-Match header with the ETag of the version you read", List.of(), List.of(), null);
    }

    public static ProblemException preconditionFailed(String currentEtag) {
        return new ProblemException(412, "stale-etag", "Stale ETag",
                "The resource changed since you read it; its current ETag is " + currentEtag + ". Read it again and retry.",
                List.of(), List.of(), null);
    }

    /** A clinical rule refuses the action; every failed criterion is listed. */
    public static ProblemException ruleRefused(String ruleSlug, String title, List<Criterion> failed) {
        return new ProblemException(422, ruleSlug, title,
                failed.size() + " criterion(s) not met: " + String.join(", ", failed.stream().map(Criterion::code).toList()),
                List.of(), failed, null);
    }

    /** A dependency needed for a safety decision is unavailable: fail closed. */
    public static ProblemException dependencyUnavailable(String dependency, int retryAfterSeconds) {
        return new ProblemException(503, "dependency-unavailable", "Dependency unavailable",
                dependency + " is unavailable, so the safety check cannot be made; nothing was done. Retry later.",
                List.of(), List.of(), retryAfterSeconds);
    }

    /** The service's own database gave no connection in time (pool exhausted or unreachable): refused, retry soon. */
    public static ProblemException databaseUnavailable(int retryAfterSeconds) {
        return new ProblemException(503, "database-unavailable", "Database unavailable",
                "The service could not reach its database in time; the request was not carried out. Retry later.",
                List.of(), List.of(), retryAfterSeconds);
    }

    public int status() { return status; }
    public String slug() { return slug; }
    public String title() { return title; }
    public List<Violation> violations() { return violations; }
    public List<Criterion> criteria() { return criteria; }
    public Integer retryAfterSeconds() { return retryAfterSeconds; }
}
