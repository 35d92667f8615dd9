package io.ketacare.patient.domain.assessment;

/** A named severity band of totals, both ends included. */
public record Band(String name, int min, int max) {

    public boolean contains(int total) {
        return total >= min && total <= max;
    }
}
