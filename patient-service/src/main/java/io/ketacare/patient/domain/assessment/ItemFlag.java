package io.ketacare.patient.domain.assessment;

import java.util.List;

/** A safety flag raised when one item's answer is above a value (item numbers start at 1). */
public record ItemFlag(int itemNumber, int above, Flag flag) {

    boolean raisedBy(List<Integer> items) {
        return items.get(itemNumber - 1) > above;
    }
}
