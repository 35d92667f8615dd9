package io.ketacare.session.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The published shape of a page of REMS forms (the platform's page of {@link RemsReportResponse}),
 * named for an operation that documents its 200 beside a 404.
 */
@Schema(name = "PageRemsReportResponse")
public record RemsReportPage(
        @Schema(description = "The items of this page", maxItems = 200) List<RemsReportResponse> items,
        @Schema(description = "Zero-based page number", example = "0", minimum = "0", maximum = "1000000", format = "int32") int page,
        @Schema(description = "Page size asked for", example = "20", minimum = "1", maximum = "200", format = "int32") int size,
        @Schema(description = "Number of items on all pages", example = "1", minimum = "0", maximum = "1000000000", format = "int64") long totalItems) {
}
