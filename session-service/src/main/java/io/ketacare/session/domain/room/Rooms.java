package io.ketacare.session.domain.room;

import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.ketacare.session.persistence.RoomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** Registering and finding treatment rooms. */
@ApplicationScoped
public class Rooms {

    @Inject
    RoomRepository rooms;

    @Inject
    Clock clock;

    @Inject
    Clinics clinics;

    /** Registers a room in its clinic; timeZone (IANA, optional) is checked against the clinic's or sets a new clinic's. */
    @Transactional
    public Room register(String name, String clinic, String timeZone, Set<Equipment> equipment) {
        Clinic site = clinics.forNewRoom(clinic, timeZone);
        if (rooms.exists(clinic, name)) {
            throw ProblemException.conflict("duplicate-room", "Room already registered",
                    "Clinic " + clinic + " already has a room named " + name);
        }
        Room room = Room.of(name, site, equipment, clock.instant());
        rooms.persist(room);
        return room;
    }

    public Room get(UUID id) {
        return rooms.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Room " + id));
    }

    public Page<Room> list(String clinic, PageParams paging) {
        var query = clinic == null ? rooms.find("order by clinic, name") : rooms.find("clinic = ?1 order by name", clinic);
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
