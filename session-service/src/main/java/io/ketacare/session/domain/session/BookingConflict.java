package io.ketacare.session.domain.session;

import io.ketacare.platform.problem.Criterion;
import io.ketacare.platform.problem.ProblemException;
import java.util.List;

/** 409: the room or the patient is already booked; every conflicting slot and session is listed. */
public class BookingConflict extends ProblemException {

    public BookingConflict(List<Criterion> conflicts) {
        super(409, "double-booking", "Room or patient already booked", detail(conflicts), List.of(), conflicts, null);
    }

    private static String detail(List<Criterion> conflicts) {
        return conflicts.size() == 1 ? conflicts.get(0).message()
                : conflicts.size() + " conflicts: " + String.join("; ", conflicts.stream().map(Criterion::message).toList());
    }
}
