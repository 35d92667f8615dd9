package io.ketacare.session.domain.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far a change feed has been applied. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor {

    @Id
    public String feed;
    @Column(nullable = false)
    public long position;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
