package io.ketacare.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: which field, and what would pass. */
@Schema(description = "One invalid input field")
public record Violation(
        @Schema(description = "JSON path of the field", example = "dateOfBirth", maxLength = 200) String field,
        @Schema(description = "What is wrong and what would pass", example = "must be a date in the past", maxLength = 500) String message) {
}
