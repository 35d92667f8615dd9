package io.ketacare.platform.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code {items, page, size, totalItems}}. */
public record Page<T>(
        @Schema(description = "The items of this page", maxItems = 200) List<T> items,
        @Schema(description = "Zero-based page number", example = "0", minimum = "0", maximum = "1000000", format = "int32") int page,
        @Schema(description = "Page size asked for", example = "20", minimum = "1", maximum = "200", format = "int32") int size,
        @Schema(description = "Number of items on all pages", example = "1", minimum = "0", maximum = "1000000000", format = "int64") long totalItems) {

    public static <T> Page<T> of(List<T> items, PageParams paging, long totalItems) {
        return new Page<>(items, paging.page(), paging.size(), totalItems);
    }
}
