package io.ketacare.consent.persistence;

import io.ketacare.consent.domain.document.ConsentDocument;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ConsentDocumentRepository implements PanacheRepositoryBase<ConsentDocument, String> {
}
