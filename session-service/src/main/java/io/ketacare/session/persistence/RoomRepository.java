package io.ketacare.session.persistence;

import io.ketacare.session.domain.room.Room;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {

    public boolean exists(String clinic, String name) {
        return count("clinic = ?1 and lower(name) = lower(?2)", clinic, name) > 0;
    }
}
