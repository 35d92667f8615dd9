package io.ketacare.gateway.client;

import java.util.List;

/** One page of a service's list: {@code {items, page, size, totalItems}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public List<T> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
