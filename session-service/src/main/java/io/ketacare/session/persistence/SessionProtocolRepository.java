package io.ketacare.session.persistence;

import io.ketacare.session.domain.protocol.SessionProtocol;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class SessionProtocolRepository implements PanacheRepositoryBase<SessionProtocol, Integer> {

    public Optional<SessionProtocol> latest() {
        return find("order by version desc").firstResultOptional();
    }

    /** Serializes publishers so that two never take the same version number. */
    public void lockForPublishing() {
        getEntityManager().createNativeQuery("LOCK TABLE session_protocol IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }
}
