package io.ketacare.session.domain.room;

import io.ketacare.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Clinics and their time zones: a clinic is created with its first room, in the zone given or the configured default. */
@ApplicationScoped
public class Clinics {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ketacare.clinic.default-time-zone", defaultValue = "UTC")
    String defaultTimeZone;

    /** The zone used where no clinic is named (the configured default). */
    public ZoneId defaultZone() {
        return ZoneId.of(defaultTimeZone);
    }

    /**
     * The clinic of a room being registered: created when new (two first rooms registered at once create it once), and a
     * 409 when it exists in another zone than the one asked for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Clinic forNewRoom(String name, String timeZone) {
        String zone = timeZone != null ? ClinicTime.zone("timeZone", timeZone).getId() : defaultZone().getId();
        em.createNativeQuery("INSERT INTO clinic (name, time_zone, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (name) DO NOTHING")
                .setParameter(1, name).setParameter(2, zone).setParameter(3, clock.instant()).executeUpdate();
        Clinic clinic = em.find(Clinic.class, name);
        if (timeZone != null && !clinic.timeZone.equals(zone)) {
            throw ProblemException.conflict("clinic-time-zone-differs", "Clinic has another time zone",
                    "Clinic " + name + " is in time zone " + clinic.timeZone + ", not " + zone
                            + "; register the room without timeZone or with " + clinic.timeZone);
        }
        return clinic;
    }

    /** The zone to count days in: the room's clinic's, the one named, or the default; a 400 when both are given. */
    public ZoneId zoneFor(UUID roomId, String timeZone) {
        if (roomId != null && timeZone != null) {
            throw ProblemException.invalid("timeZone", "give roomId or timeZone, not both (the room's clinic has its own time zone)");
        }
        return roomId != null ? zoneOfRoom(roomId) : timeZone != null ? ClinicTime.zone("timeZone", timeZone) : defaultZone();
    }

    /** The zone of the clinic a room belongs to. */
    public ZoneId zoneOfRoom(UUID roomId) {
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw ProblemException.invalid("roomId", "no room " + roomId + " is registered");
        }
        return room.clinicZone();
    }
}
