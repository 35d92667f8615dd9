package io.ketacare.session.domain.room;

import io.ketacare.platform.problem.ProblemException;
import java.time.ZoneId;
import java.util.Optional;

/** IANA time zone names as the API accepts them. */
public final class ClinicTime {

    private ClinicTime() {
    }

    /** The zone of an IANA name (e.g. America/Los_Angeles, UTC); a 400 naming the field otherwise. */
    public static ZoneId zone(String field, String name) {
        return parse(name).orElseThrow(() -> ProblemException.invalid(field,
                "'" + name + "' is not an IANA time zone; use a name such as America/New_York, Europe/Paris or UTC"));
    }

    static Optional<ZoneId> parse(String name) {
        if (name == null || !ZoneId.getAvailableZoneIds().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(name));
    }
}
