package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.outbox.OutboxEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    public List<OutboxEvent> after(long sequence, int limit) {
        return find("sequence > ?1", Sort.by("sequence"), sequence).page(0, limit).list();
    }
}
