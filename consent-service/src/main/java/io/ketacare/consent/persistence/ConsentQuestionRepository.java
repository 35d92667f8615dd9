package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.consent.ConsentQuestion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsentQuestionRepository implements PanacheRepositoryBase<ConsentQuestion, UUID> {

    public List<ConsentQuestion> of(UUID consentId) {
        return find("consentId", Sort.by("askedAt").and("id"), consentId).list();
    }
}
