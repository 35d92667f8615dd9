package io.ketacare.session.domain.room;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A treatment room or chair and the monitoring equipment in it. */
@Entity
@Table(name = "room")
public class Room {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String clinic;
    /** The clinic named by {@link #clinic}, for its time zone. */
    @jakarta.persistence.ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "clinic", referencedColumnName = "name", insertable = false, updatable = false)
    public Clinic clinicOf;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_equipment", joinColumns = @JoinColumn(name = "room_id"))
    @Column(name = "equipment")
    @Enumerated(EnumType.STRING)
    public Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;

    public static Room of(String name, Clinic clinic, Set<Equipment> equipment, Instant at) {
        Room room = new Room();
        room.id = UUID.randomUUID();
        room.name = name;
        room.clinic = clinic.name;
        room.clinicOf = clinic;
        room.equipment = equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment);
        room.createdAt = at;
        return room;
    }

    /** The time zone of the room's clinic. */
    public java.time.ZoneId clinicZone() {
        return clinicOf.zone();
    }
}
