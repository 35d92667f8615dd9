package io.ketacare.session.persistence;

import io.ketacare.session.domain.session.SessionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SessionEventRepository implements PanacheRepositoryBase<SessionEvent, Long> {

    public List<SessionEvent> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by id", sessionId);
    }
}
