package io.ketacare.patient.persistence;

import io.ketacare.patient.domain.screening.ProtocolVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class ProtocolRepository implements PanacheRepositoryBase<ProtocolVersion, Integer> {

    /** The latest version published at or before the given instant. */
    public Optional<ProtocolVersion> publishedAt(Instant at) {
        return find("publishedAt <= ?1", Sort.descending("publishedAt", "version"), at).firstResultOptional();
    }
}
