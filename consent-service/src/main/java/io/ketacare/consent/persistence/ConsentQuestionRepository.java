package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.consent.ConsentQuestion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ConsentQuestionRepository implements PanacheRepositoryBase<ConsentQuestion, UUID> {

    /** The questions of each of these consents, in the order they were asked. */
    public Map<UUID, List<ConsentQuestion>> of(Collection<UUID> consentIds) {
        return find("consentId in ?1", Sort.by("askedAt").and("id"), consentIds).stream()
                .collect(Collectors.groupingBy(q -> q.consentId, Collectors.toList()));
    }

    public List<ConsentQuestion> of(UUID consentId) {
        return find("consentId", Sort.by("askedAt").and("id"), consentId).list();
    }
}
