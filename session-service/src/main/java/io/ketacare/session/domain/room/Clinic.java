package io.ketacare.session.domain.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** A clinic or site: the IANA time zone its dates (REMS due dates, series) are computed in. */
@Entity
@Table(name = "clinic")
public class Clinic {

    @Id
    public String name;
    @Column(name = "time_zone", nullable = false)
    public String timeZone;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
